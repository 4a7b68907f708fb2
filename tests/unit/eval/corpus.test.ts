// The extractor's figures on the development corpus never fall below the floors committed in
// tests/corpus/floors.json (`npm run eval -- --ratchet` raises them after an improvement).
import { describe, expect, it } from "vitest";
import { readCorpus } from "@/lib/eval/gold";
import { readFloors, runEval } from "@/lib/eval/run";
import { FIGURE_NAMES } from "@/lib/eval/score";

describe("the development corpus", () => {
  const { pages, problems } = readCorpus();

  it("has valid gold for every page", () => {
    expect(problems).toEqual([]);
  });

  const { figures } = runEval(pages);
  const floors = readFloors();
  for (const name of FIGURE_NAMES) {
    it(`keeps ${name} at or above its floor`, () => {
      expect(figures[name]).toBeGreaterThanOrEqual(floors[name] - 1e-9);
    });
  }
});
