// vis-timeline's ES build with its dependencies resolved from node_modules (vis-data, moment,
// hammer…), fetched on demand so the first paint never waits for it. It ships ~40 KB gzipped less
// than the standalone build, which carries its own copies of all of them.
import type { DataSet } from "vis-data";
import type { Timeline } from "vis-timeline";

export interface VisModule {
  Timeline: typeof Timeline;
  DataSet: typeof DataSet;
}

let loading: Promise<VisModule> | null = null;

/** Starts the download once; the timeline module calls it as soon as it runs in the browser, before
    React has hydrated, so the script arrives while the server-drawn preview is on screen. */
export function loadVis(): Promise<VisModule> {
  loading ??= Promise.all([import("vis-timeline/esnext"), import("vis-data/esnext")]).then(
    ([{ Timeline }, { DataSet }]) => ({ Timeline, DataSet }) as unknown as VisModule,
  );
  return loading;
}
