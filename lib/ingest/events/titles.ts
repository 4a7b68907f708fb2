// Short Arabic event titles in the style of a news timeline: "محادثات لافروف وتشوي في موسكو".
import type { Gazetteer } from "@/lib/ingest/entities/gazetteer";
import type { ActorRef, EventKind } from "@/lib/ingest/types";

const ARABIC = /[\u0600-\u06FF]/;

/** The name a headline would use: a one-word Arabic form (surname) when the gazetteer lists one. */
export function shortName(actor: ActorRef): string {
  if (actor.kind !== "person") return actor.ar;
  const words = actor.ar.split(/\s+/);
  const single = actor.variants.filter((v) => ARABIC.test(v) && !/\s|-/.test(v));
  return single.find((v) => words.includes(v)) ?? single[0] ?? actor.ar;
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(" و")} و${items[items.length - 1]}`;
}

export interface TitleParts {
  kind: EventKind;
  actors: ActorRef[];
  countries: string[];
  place: string | null;
  placeCountry: string | null;
  /** A named gathering after the trigger: "قمة «مجموعة العشرين»". */
  named?: string | null;
  /** Circumstance of a statement: "خلال لقائه نتنياهو في البيت الأبيض". */
  context?: string | null;
  /** What was said or announced (another event's title, or the first words of the quote). */
  content?: string | null;
  /** The trigger with its describing words ("اجتماع تحضيري للقمة"), for a title that names no one. */
  phrase?: string | null;
}

const NOUN: Record<EventKind, string> = {
  talks: "محادثات", meeting: "لقاء", visit: "زيارة", summit: "قمة", call: "اتصال هاتفي بين",
  press_conference: "مؤتمر صحفي لـ", announcement: "إعلان", statement: "تصريحات", strike: "ضربات", other: "",
};

export function buildTitle(p: TitleParts, gaz: Gazetteer): string {
  const countryName = (code: string) => gaz.countries.find((c) => c.code === code)?.ar ?? code;
  const people = p.actors.filter((a) => a.kind === "person");
  const orgs = p.actors.filter((a) => a.kind === "organisation");
  const names = [...people, ...orgs].slice(0, 3).map(shortName);
  const covered = new Set(p.actors.map((a) => a.country));
  const others = p.countries.filter((c) => !covered.has(c) && c !== p.placeCountry).map(countryName);
  const where = p.place ? ` ${p.kind === "visit" ? "إلى" : "في"} ${p.place}` : "";

  if (p.kind === "statement" || p.kind === "announcement") {
    const speaker = names[0] ?? joinAnd(others.slice(0, 3));
    if (p.content) return `${speaker}: ${p.content}`;
    return `${NOUN[p.kind]} ${speaker}${p.context ? ` ${p.context}` : where}`.trim();
  }
  if (p.kind === "summit" && (p.named || orgs.length > 0)) return `قمة ${p.named ?? orgs[0].ar}${where}`;
  if (p.kind === "visit") return `زيارة ${names[0] ?? others[0] ?? ""}${where}`.replace(/\s+/g, " ").trim();
  let who: string;
  if (names.length >= 2) who = joinAnd(names);
  else if (names.length === 1) who = others.length ? `${names[0]} مع ${joinAnd(others.slice(0, 2))}` : names[0];
  else who = joinAnd(others.slice(0, 3));
  if (!who && p.phrase && p.kind !== "press_conference") return `${p.phrase}${where}`.replace(/\s+/g, " ").trim();
  if (p.kind === "press_conference") {
    const [first, ...rest] = names;
    return `مؤتمر صحفي لـ${first ?? who}${rest.length ? ` مع ${joinAnd(rest)}` : ""}${where}`;
  }
  return `${NOUN[p.kind]} ${who}${where}`.replace(/\s+/g, " ").trim();
}
