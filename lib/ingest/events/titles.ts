// Short Arabic event titles in the style of a news timeline: "محادثات لافروف وتشوي في موسكو".
import type { Gazetteer } from "@/lib/ingest/entities/gazetteer";
import { kindInfo } from "@/lib/ingest/events/kinds";
import type { ActorRef, EventKind } from "@/lib/ingest/types";

const ARABIC = /[\u0600-\u06FF]/;
/** Families of happenings that strike a place rather than bring parties together. */
const STRUCK = new Set(["violence", "disaster", "protest"]);

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


export function buildTitle(p: TitleParts, gaz: Gazetteer): string {
  const countryName = (code: string) => gaz.countries.find((c) => c.code === code)?.ar ?? code;
  const people = p.actors.filter((a) => a.kind === "person");
  const orgs = p.actors.filter((a) => a.kind === "organisation");
  const names = [...people, ...orgs].slice(0, 3).map(shortName);
  const covered = new Set(p.actors.map((a) => a.country));
  const others = p.countries.filter((c) => !covered.has(c) && c !== p.placeCountry).map(countryName);
  const { shape, title: noun } = kindInfo(p.kind);
  const where = p.place ? ` ${shape === "travel" ? "إلى" : "في"} ${p.place}` : "";

  if (shape === "speech") {
    const speaker = names[0] ?? joinAnd(others.slice(0, 3));
    if (p.content) return `${speaker}: ${p.content}`;
    return `${noun} ${speaker}${p.context ? ` ${p.context}` : where}`.trim();
  }
  if (shape === "gathering" && (p.named || orgs.length > 0)) return `${noun} ${p.named ?? orgs[0].ar}${where}`;
  if (shape === "travel") return `${noun} ${names[0] ?? others[0] ?? ""}${where}`.replace(/\s+/g, " ").trim();
  // A strike, a quake, a protest: who did it, where — the other countries are where it struck, not partners ("مع").
  if (STRUCK.has(kindInfo(p.kind).family)) {
    const at = where || (others.length ? ` في ${joinAnd(others.slice(0, 2))}` : "");
    const lead = names.length ? `${noun} ${joinAnd(names)}` : p.phrase ?? noun;
    return `${lead}${at}`.replace(/\s+/g, " ").trim();
  }
  let who: string;
  if (names.length >= 2) who = joinAnd(names);
  else if (names.length === 1) who = others.length ? `${names[0]} مع ${joinAnd(others.slice(0, 2))}` : names[0];
  else who = joinAnd(others.slice(0, 3));
  if (!who && p.phrase && shape !== "press") return `${p.phrase}${where}`.replace(/\s+/g, " ").trim();
  if (shape === "press") {
    const [first, ...rest] = names;
    const host = first ?? who;
    // "لـ" with a name that has the article is written "لل": مؤتمر صحفي للمديرية العامة.
    if (!host) return `${noun.replace(/\s*لـ$/, "")}${where}`;
    if (noun.endsWith("لـ") && /^ال/.test(host)) return `${noun.slice(0, -2)}ل${host.slice(1)}${rest.length ? ` مع ${joinAnd(rest)}` : ""}${where}`;
    return `${noun}${host}${rest.length ? ` مع ${joinAnd(rest)}` : ""}${where}`;
  }
  return `${noun} ${who}${where}`.replace(/\s+/g, " ").trim();
}
