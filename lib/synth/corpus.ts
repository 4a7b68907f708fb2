// The synthetic benchmark corpus, as pure generation: a seed and a size in, rows out, the same rows
// for the same seed. Events cluster around crises from 1990 to today; actors are built from Arabic
// name parts with the spelling variants real transliteration produces (غ/ج, ة/ه, with/without ال);
// several events share one article, and an event is reported by one to three articles.
// Writing the rows to PostgreSQL is lib/synth/write.ts.
import { createHash } from "node:crypto";
import type { Gazetteer, GazetteerCountry } from "@/lib/ingest/entities/gazetteer";
import type { EventKind } from "@/lib/ingest/types";
import { normalizeArabic, phoneticKey } from "@/lib/ingest/text/normalise";
import type { DateCertainty, DatePrecision } from "@/lib/api/contract";

export const CORPUS_START = "1990-01-01";
export const CORPUS_END = "2026-11-22";
const DAY_MS = 86_400_000;

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same stream everywhere. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    /** Roughly normal (sum of three uniforms), mean 0, sd ≈ 1. */
    normal: () => (next() + next() + next() - 1.5) * 2,
  };
}
export type Random = ReturnType<typeof createRandom>;

/** Index in [0, n) with weight ∝ 1/(i+1)^s: a few names dominate the news, most appear rarely. */
function zipfSampler(n: number, s: number) {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, s);
  return (random: Random) => {
    const target = random.next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// ── Normalisation at corpus speed ────────────────────────────────────────────────────────────────

/**
 * normalizeArabic folds one UTF-16 unit at a time and collapses spaces, so a table of what each unit
 * becomes gives the same text ~20× faster (tests/unit/synth/corpus.test.ts checks they agree).
 */
export function createFastNormaliser(): (text: string) => string {
  const table: string[] = new Array(65_536);
  for (let code = 0; code < 65_536; code++) {
    try {
      table[code] = normalizeArabic(`a${String.fromCharCode(code)}a`).slice(1, -1);
    } catch {
      // normalizeArabic recurses forever on presentation-form code points NFKC leaves unchanged
      // (unassigned ones such as U+FDD0); generated text never holds them.
      table[code] = String.fromCharCode(code);
    }
  }
  return (text: string) => {
    let out = "";
    let lastSpace = true; // no leading space
    for (let i = 0; i < text.length; i++) {
      const folded = table[text.charCodeAt(i)];
      if (folded.length === 1) {
        if (folded === " ") {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        out += folded;
      } else if (folded.length > 1) {
        for (const ch of folded) {
          if (ch === " ") {
            if (lastSpace) continue;
            lastSpace = true;
          } else lastSpace = false;
          out += ch;
        }
      }
    }
    return out.endsWith(" ") ? out.slice(0, -1) : out;
  };
}

// ── Vocabulary ───────────────────────────────────────────────────────────────────────────────────

const FIRST_NAMES = [
  "محمد", "أحمد", "علي", "حسن", "حسين", "خالد", "عمر", "يوسف", "إبراهيم", "مصطفى", "عبد الله", "عبد الرحمن",
  "سعيد", "طارق", "ماجد", "فيصل", "نبيل", "كمال", "جمال", "سامي", "رامي", "وليد", "هشام", "زياد", "فادي",
  "ليلى", "فاطمة", "مريم", "سلمى", "رانيا", "هدى", "نادية", "سعاد", "دينا", "ريم", "غادة", "منى",
  "سيرغي", "ديمتري", "فلاديمير", "نيكولاي", "غريغوري", "يفغيني", "جورج", "جون", "مايكل", "ريتشارد",
  "هيونغ", "سونغ", "جونغ", "تشانغ", "وانغ", "غيوم", "فرانسوا", "إيمانويل", "أنغيلا", "ماريا",
];
const FAMILY_NAMES = [
  "المصري", "الحسيني", "الخطيب", "النجار", "الحداد", "العلي", "الشامي", "البغدادي", "الحلبي", "التميمي",
  "الزعبي", "العمري", "القاسم", "الشريف", "الأنصاري", "الهاشمي", "السعدي", "الرفاعي", "الجبوري", "الدليمي",
  "الغامدي", "القحطاني", "العتيبي", "الشمري", "المطيري", "الكبيسي", "الموسوي", "الحكيم", "الصدر", "البرغوثي",
  "عريقات", "حنية", "شعث", "دحلان", "غنيم", "مقداد", "جعفري", "عبد اللهيان", "ظريف", "لاريجاني",
  "لافروف", "شويغو", "بيسكوف", "زاخاروفا", "ريابكوف", "بوغدانوف", "ميدفيديف", "ناريشكين", "غروميكو",
  "كيم", "لي", "بارك", "تشوي", "مون", "يون", "هوانغ", "سونغ هوي", "بيلينغ", "غارسيا", "لوغران", "ماكغريغور",
];
const ORG_HEADS = ["حركة", "جبهة", "منظمة", "هيئة", "مجلس", "اتحاد", "لجنة", "تجمع", "رابطة", "مؤسسة"];
const ORG_TOPICS = [
  "التحرير", "الإنقاذ", "الوحدة الوطنية", "العدالة والتنمية", "الإصلاح", "التغيير", "المقاومة", "الإغاثة",
  "حقوق الإنسان", "السلام", "الإعمار", "الأمن الإقليمي", "الطاقة", "الحوار الوطني", "الشباب", "العمال",
];
const ROLES = [
  "الرئيس", "رئيس الوزراء", "وزير الخارجية", "وزير الدفاع", "وزير الداخلية", "المتحدث باسم الحكومة",
  "المبعوث الخاص", "سفير", "الأمين العام", "قائد الجيش", "رئيس البرلمان", "مستشار الأمن القومي",
];
const LATIN: Record<string, string> = {
  "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
  "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
  "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
  "ي": "y", "ى": "a", "ة": "a", "ء": "'", "ئ": "'", "ؤ": "'", " ": " ",
};

function transliterate(arabic: string): string {
  const latin = [...arabic].map((ch) => LATIN[ch] ?? "").join("").replace(/'+/g, "'");
  return latin.replace(/(^|\s)\S/g, (m) => m.toUpperCase()).replace(/ Al(?=[a-z])/g, " al-");
}

/** The spellings real transliteration produces for one name: غ/ج/ق, ة/ه, ى/ي, with or without ال. */
export function spellingVariants(name: string): string[] {
  const variants = new Set<string>([name]);
  if (name.includes("غ")) variants.add(name.replaceAll("غ", "ج"));
  if (name.includes("ج")) variants.add(name.replaceAll("ج", "غ"));
  if (name.includes("ق")) variants.add(name.replaceAll("ق", "غ"));
  if (/ة(\s|$)/.test(name)) variants.add(name.replace(/ة(\s|$)/g, "ه$1"));
  if (/ى(\s|$)/.test(name)) variants.add(name.replace(/ى(\s|$)/g, "ي$1"));
  if (/(^|\s)ال/.test(name)) variants.add(name.replace(/(^|\s)ال/g, "$1"));
  if (/[أإ]/.test(name)) variants.add(name.replace(/[أإ]/g, "ا"));
  return [...variants];
}

/** Normalised and phonetic keys of every spelling (the rule lib/ingest/store.ts applies). */
export function matchKeysOf(spellings: string[]): string[] {
  return [...new Set(spellings.flatMap((spelling) => [normalizeArabic(spelling), phoneticKey(spelling)]).filter(Boolean))];
}

const OUTLETS = [
  "الجزيرة نت", "العربية", "روسيا اليوم", "سكاي نيوز عربية", "الشرق الأوسط", "القدس العربي", "الأهرام",
  "النهار", "الحياة", "بي بي سي عربي", "فرانس 24", "الخليج", "الرأي", "المدى", "الوطن",
];
const AGENCIES = ["رويترز", "أ ف ب", "أسوشيتد برس", "الأناضول", "وفا", "سانا", "واس", "قنا", "د ب أ", null];
const MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
const WEEKDAYS_AR = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
const TOPICS = [
  "وقف إطلاق النار", "تبادل الأسرى", "إعادة الإعمار", "المساعدات الإنسانية", "الملف النووي", "أمن الحدود",
  "التعاون الاقتصادي", "أسعار النفط", "عودة اللاجئين", "المفاوضات السياسية", "العقوبات الدولية",
  "الانتخابات المقبلة", "التصعيد العسكري", "الممرات الآمنة", "الإصلاحات الدستورية", "مكافحة الإرهاب",
];

/** The kinds the synthetic archive draws from (a subset of seed/lexicon/kinds.json). */
const KINDS: EventKind[] = ["talks", "meeting", "visit", "summit", "call", "press_conference", "announcement", "statement", "strike", "other"];

/** Crises the archive bunches around: [centre, spread in days, weight, countries most involved]. */
const CRISES: [string, number, number, string[]][] = [
  ["1990-08-02", 90, 3, ["KW", "IQ", "SA", "US"]],
  ["1991-01-17", 45, 3, ["IQ", "KW", "US", "SA", "GB"]],
  ["1993-09-13", 40, 1, ["PS", "IL", "US"]],
  ["2000-09-28", 120, 2, ["PS", "IL"]],
  ["2001-09-11", 60, 2, ["US", "AF", "SA"]],
  ["2003-03-20", 120, 4, ["IQ", "US", "GB"]],
  ["2006-07-12", 30, 2, ["LB", "IL"]],
  ["2008-12-27", 25, 2, ["PS", "IL", "EG"]],
  ["2011-01-25", 150, 5, ["EG", "TN", "LY", "YE", "BH"]],
  ["2011-03-15", 300, 5, ["SY", "TR", "JO", "LB"]],
  ["2014-06-10", 120, 4, ["IQ", "SY", "US"]],
  ["2014-07-08", 30, 2, ["PS", "IL", "EG"]],
  ["2015-03-26", 120, 3, ["YE", "SA", "IR"]],
  ["2017-06-05", 60, 1, ["QA", "SA", "AE", "BH", "EG"]],
  ["2020-03-11", 120, 3, ["CN", "IT", "IR", "US"]],
  ["2021-05-10", 20, 1, ["PS", "IL"]],
  ["2022-02-24", 150, 5, ["UA", "RU", "US", "DE", "FR"]],
  ["2023-04-15", 90, 2, ["SD", "EG", "SA"]],
  ["2023-10-07", 200, 6, ["PS", "IL", "LB", "EG", "QA", "US"]],
  ["2024-09-27", 60, 2, ["LB", "IL", "IR"]],
  ["2024-12-08", 60, 2, ["SY", "TR", "RU"]],
];
const BACKGROUND_SHARE = 0.45;
/** The region the archive covers most; every gazetteer country appears now and then. */
const REGION = ["IQ", "SY", "PS", "IL", "EG", "LB", "JO", "SA", "YE", "IR", "TR", "US", "RU", "AE", "QA", "KW", "LY", "SD", "TN", "DZ", "MA", "FR", "GB", "CN", "UA", "DE", "BH", "OM"];

// ── Shapes ──────────────────────────────────────────────────────────────────────────────────────

export interface SynthActor {
  name: string;
  nameAr: string;
  kind: "person" | "organisation";
  countryCode: string | null;
  variants: string[];
  matchKeys: string[];
  role: string | null;
}

export interface SynthArticle {
  title: string;
  outlet: string;
  agency: string | null;
  url: string;
  body: string;
  keywords: string[];
  publishedOn: string;
  publishedPhrase: string;
  contentHash: string;
  searchText: string;
}

export interface SynthSource {
  /** Indexes of the event and the article in the corpus (not in the batch). */
  event: number;
  article: number;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

export interface SynthEvent {
  kind: EventKind;
  title: string;
  startDate: string;
  endDate: string;
  hasEnd: boolean;
  precision: DatePrecision;
  certainty: DateCertainty;
  datePhrase: string;
  place: string | null;
  summary: string;
  searchText: string;
  /** Indexes into the corpus's actors. */
  actors: number[];
  countries: string[];
}

/** A slice of the corpus: articles and the events they report, in date order, indexed corpus-wide. */
export interface SynthBatch {
  firstEvent: number;
  firstArticle: number;
  events: SynthEvent[];
  articles: SynthArticle[];
  /** Sources of this batch's articles; a recap may cite an event of the batch before. */
  sources: SynthSource[];
}

export interface CorpusOptions {
  events: number;
  seed: number;
  /** Default: between 300 and 5,000, growing with the corpus. */
  actors?: number;
  /** Events per batch handed to the writer. */
  batchSize?: number;
  /** Countries to draw from (the gazetteer's). */
  gazetteer: Pick<Gazetteer, "countries" | "places">;
}

// ── Dates ───────────────────────────────────────────────────────────────────────────────────────

const startDay = Date.parse(`${CORPUS_START}T00:00:00Z`) / DAY_MS;
const endDay = Date.parse(`${CORPUS_END}T00:00:00Z`) / DAY_MS;

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Start days of every event, sorted: background uniform plus bursts around crises. */
export function eventDays(count: number, random: Random): Int32Array {
  const crisisWeights = CRISES.reduce((sum, crisis) => sum + crisis[2], 0);
  const days = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let day: number;
    if (random.chance(BACKGROUND_SHARE)) day = random.int(startDay, endDay);
    else {
      let target = random.next() * crisisWeights;
      let crisis = CRISES[0];
      for (const candidate of CRISES) {
        crisis = candidate;
        if ((target -= candidate[2]) <= 0) break;
      }
      // Most reporting follows the outbreak: a skewed burst, longer tail after the centre.
      const centre = Date.parse(`${crisis[0]}T00:00:00Z`) / DAY_MS;
      const offset = Math.abs(random.normal()) * crisis[1] * (random.chance(0.85) ? 1 : -0.4);
      day = Math.round(centre + offset);
    }
    days[i] = Math.min(endDay, Math.max(startDay, day));
  }
  return days.sort();
}

function arabicDayPhrase(day: number, random: Random): string {
  const date = new Date(day * DAY_MS);
  const text = `${date.getUTCDate()} ${MONTHS_AR[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return random.chance(0.4) ? `${WEEKDAYS_AR[date.getUTCDay()]} ${text}` : text;
}

// ── Generation ──────────────────────────────────────────────────────────────────────────────────

export function defaultActorCount(events: number): number {
  return Math.max(300, Math.min(5_000, Math.round(events / 200)));
}

export function generateActors(count: number, random: Random, countries: readonly GazetteerCountry[]): SynthActor[] {
  const actors: SynthActor[] = [];
  const taken = new Set<string>();
  const codes = countries.map((country) => country.code);
  while (actors.length < count) {
    const organisation = random.chance(0.2);
    const region = REGION.filter((code) => codes.includes(code));
    const countryCode = random.chance(0.7) ? random.pick(region) : random.chance(0.9) ? random.pick(codes) : null;
    let nameAr: string;
    if (organisation) {
      nameAr = `${random.pick(ORG_HEADS)} ${random.pick(ORG_TOPICS)}`;
      const country = countries.find((c) => c.code === countryCode);
      if (country && random.chance(0.6)) nameAr += ` في ${country.ar}`;
      else if (random.chance(0.5)) nameAr += ` ${random.pick(FAMILY_NAMES).replace(/^ال/, "ال")}`;
    } else {
      nameAr = `${random.pick(FIRST_NAMES)} ${random.chance(0.3) ? `${random.pick(FIRST_NAMES)} ` : ""}${random.pick(FAMILY_NAMES)}`;
    }
    const name = transliterate(nameAr);
    if (taken.has(name) || taken.has(nameAr)) continue;
    taken.add(name);
    taken.add(nameAr);
    const spellings = spellingVariants(nameAr);
    const variants = [...new Set([nameAr, name, ...spellings])];
    actors.push({
      name,
      nameAr,
      kind: organisation ? "organisation" : "person",
      countryCode,
      variants,
      matchKeys: matchKeysOf(variants),
      role: organisation ? null : random.pick(ROLES),
    });
  }
  return actors;
}

interface Vocabulary {
  countries: GazetteerCountry[];
  byCode: Map<string, GazetteerCountry>;
  placesByCode: Map<string, string[]>;
}

function vocabularyOf(gazetteer: CorpusOptions["gazetteer"]): Vocabulary {
  const byCode = new Map(gazetteer.countries.map((country) => [country.code, country]));
  const placesByCode = new Map<string, string[]>();
  for (const country of gazetteer.countries) if (country.capital) placesByCode.set(country.code, [country.capital.ar]);
  for (const place of gazetteer.places) {
    if (place.country) placesByCode.set(place.country, [...(placesByCode.get(place.country) ?? []), place.ar]);
  }
  return { countries: gazetteer.countries, byCode, placesByCode };
}

/** A display spelling of the actor: usually the canonical one, sometimes a variant (as the press writes). */
function spoken(actor: SynthActor, random: Random): string {
  const arabicVariants = actor.variants.filter((variant) => !/[a-z]/i.test(variant));
  return random.chance(0.8) ? actor.nameAr : random.pick(arabicVariants);
}

function titleOf(kind: EventKind, a: string, b: string, place: string | null, country: string, topic: string): string {
  const where = place ? ` في ${place}` : "";
  switch (kind) {
    case "talks": return `${a} يجري محادثات مع ${b}${where} حول ${topic}`;
    case "meeting": return `${a} يلتقي ${b}${where}`;
    case "visit": return `${a} يصل إلى ${country} في زيارة رسمية`;
    case "summit": return `قمة تجمع ${a} و${b}${where}`;
    case "call": return `اتصال هاتفي بين ${a} و${b} بشأن ${topic}`;
    case "press_conference": return `${a} يعقد مؤتمرا صحفيا${where}`;
    case "announcement": return `${a} يعلن خطة جديدة بشأن ${topic}`;
    case "statement": return `${a} يدعو إلى ${topic} في ${country}`;
    case "strike": return `غارات على ${place ?? country} وسقوط ضحايا`;
    default: return `تطورات جديدة في ${country} بشأن ${topic}`;
  }
}

const FILLERS = [
  (t: string, c: string) => `وأشار مراقبون إلى أن ملف ${t} يتصدر جدول الأعمال في ${c} منذ أسابيع.`,
  (t: string, c: string) => `ولم يصدر أي تعليق رسمي من ${c} حتى ساعة إعداد هذا التقرير.`,
  (t: string) => `وتأتي هذه التطورات في ظل جهود إقليمية ودولية متواصلة لدفع ${t} إلى الأمام.`,
  (t: string, c: string) => `وكانت ${c} قد أكدت في وقت سابق التزامها بما تم الاتفاق عليه بشأن ${t}.`,
  () => `وقال مصدر مطلع طلب عدم الكشف عن اسمه إن الاتصالات ستستمر خلال الأيام المقبلة.`,
  (t: string) => `ويرى محللون أن ${t} سيبقى عاملا حاسما في رسم ملامح المرحلة المقبلة.`,
  (t: string, c: string) => `وتشهد ${c} منذ أشهر توترا متصاعدا ألقى بظلاله على ${t}.`,
  () => `وأفادت وسائل إعلام محلية بأن الإجراءات الأمنية شددت في محيط المكان.`,
  (t: string) => `ودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس والانخراط بجدية في ${t}.`,
  () => `وتعهد المشاركون بعقد جولة جديدة من المشاورات في موعد يحدد لاحقا.`,
];

export interface Corpus {
  actors: SynthActor[];
  events: number;
  /** Batches in date order; each call starts the same deterministic stream afresh. */
  batches(): Generator<SynthBatch>;
}

export function createCorpus(options: CorpusOptions): Corpus {
  const vocab = vocabularyOf(options.gazetteer);
  const actorRandom = createRandom(options.seed ^ 0x5eed_ac70);
  const actors = generateActors(options.actors ?? defaultActorCount(options.events), actorRandom, vocab.countries);
  return { actors, events: options.events, batches: () => generateBatches(options, actors, vocab) };
}

function* generateBatches(options: CorpusOptions, actors: SynthActor[], vocab: Vocabulary): Generator<SynthBatch> {
  const random = createRandom(options.seed);
  const normalise = createFastNormaliser();
  const days = eventDays(options.events, random);
  const pickActor = zipfSampler(actors.length, 0.9);
  const pickRegion = zipfSampler(REGION.filter((code) => vocab.byCode.has(code)).length, 0.8);
  const codes = vocab.countries.map((country) => country.code);
  const batchSize = options.batchSize ?? 20_000;
  const known = (code: string) => vocab.byCode.has(code);
  const crisisCentres = CRISES.map(([centre, spread, , countries]) => ({
    day: Date.parse(`${centre}T00:00:00Z`) / DAY_MS,
    spread,
    countries: countries.filter(known),
  })).filter((crisis) => crisis.countries.length > 0);
  const region = REGION.filter(known);

  let articleCount = 0;
  // Events of the previous article, recapped by the next one (a second source for them).
  let recap: { index: number; sentence: string }[] = [];

  for (let first = 0; first < options.events; first += batchSize) {
    const batch: SynthBatch = { firstEvent: first, firstArticle: articleCount, events: [], articles: [], sources: [] };
    const last = Math.min(options.events, first + batchSize);
    let i = first;
    while (i < last) {
      // One article reports 1–5 consecutive events (mean 3), then recaps earlier ones.
      const size = Math.min(last - i, random.int(1, 5));
      const articleIndex = articleCount++;
      const paragraphs: string[] = [];
      const evidences: { event: SynthEvent; index: number; sentence: string }[] = [];
      let keywords = new Set<string>();
      for (let k = 0; k < size; k++, i++) {
        const day = days[i];
        const crisis = crisisCentres.find((c) => Math.abs(day - c.day) < c.spread * 2);
        const countries = new Set<string>();
        countries.add(crisis && random.chance(0.7) ? random.pick(crisis.countries) : random.chance(0.85) ? region[pickRegion(random)] : random.pick(codes));
        if (random.chance(0.45)) countries.add(crisis && random.chance(0.5) ? random.pick(crisis.countries) : region[pickRegion(random)]);
        if (random.chance(0.1)) countries.add(random.pick(codes));
        const actorIds = new Set<number>();
        const actorCount = random.chance(0.15) ? 1 : random.chance(0.75) ? 2 : 3;
        while (actorIds.size < actorCount) actorIds.add(pickActor(random));
        const eventActors = [...actorIds].map((id) => actors[id]);
        const countryList = [...countries];
        const mainCountry = vocab.byCode.get(countryList[0]);
        const countryAr = mainCountry?.ar ?? "المنطقة";
        const places = vocab.placesByCode.get(countryList[0]) ?? [];
        const place = places.length > 0 && random.chance(0.8) ? random.pick(places) : null;
        const kind = random.pick(KINDS);
        const topic = random.pick(TOPICS);
        const a = spoken(eventActors[0], random);
        const b = eventActors[1] ? spoken(eventActors[1], random) : countryAr;

        const roll = random.next();
        const precision: DatePrecision = roll < 0.86 ? "day" : roll < 0.96 ? "month" : "year";
        const date = new Date(day * DAY_MS);
        let startDate: string;
        let endDate: string;
        let hasEnd = false;
        let datePhrase: string;
        if (precision === "day") {
          startDate = isoOf(day);
          endDate = startDate;
          datePhrase = arabicDayPhrase(day, random);
          if (random.chance(0.03)) {
            hasEnd = true;
            const span = random.int(1, 5);
            endDate = isoOf(Math.min(endDay, day + span));
            datePhrase = `من ${datePhrase} إلى ${arabicDayPhrase(Math.min(endDay, day + span), random)}`;
          }
        } else if (precision === "month") {
          startDate = `${isoOf(day).slice(0, 7)}-01`;
          endDate = isoOf(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / DAY_MS);
          datePhrase = `${random.chance(0.5) ? "مطلع" : "خلال"} ${MONTHS_AR[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
        } else {
          startDate = `${date.getUTCFullYear()}-01-01`;
          endDate = `${date.getUTCFullYear()}-12-31`;
          datePhrase = `عام ${date.getUTCFullYear()}`;
        }
        const certaintyRoll = random.next();
        const certainty: DateCertainty = certaintyRoll < 0.72 ? "stated" : certaintyRoll < 0.96 ? "inferred" : "unknown";

        const title = titleOf(kind, a, b, place, countryAr, topic);
        const sentence = `${precision === "day" ? `في ${datePhrase}، ` : `${datePhrase}، `}${title}.`;
        const quote = `وقال ${a} إن ${topic} يمثل أولوية في المرحلة الحالية، مشيرا إلى أن ${countryAr} ${random.chance(0.5) ? "تدعم" : "تتابع"} كل خطوة في هذا الاتجاه.`;
        const summary = `${sentence} ${quote}`;
        const actorNames = eventActors.flatMap((actor) => [actor.name, actor.nameAr, ...actor.variants]);
        const event: SynthEvent = {
          kind, title, startDate, endDate, hasEnd, precision, certainty, datePhrase, place, summary,
          searchText: normalise([title, summary, place ?? "", ...actorNames].join(" ")),
          actors: [...actorIds],
          countries: countryList,
        };
        batch.events.push(event);
        evidences.push({ event, index: i, sentence });
        keywords = new Set([...keywords, ...countryList.map((code) => vocab.byCode.get(code)?.ar ?? code)]);
        paragraphs.push(`${sentence} ${quote}`);
        const fillers = random.int(1, 3);
        for (let f = 0; f < fillers; f++) paragraphs.push(random.pick(FILLERS)(topic, countryAr));
      }
      // Follow-up reporting: the article recaps up to two events of the previous one.
      const recapped = recap.slice(0, random.int(1, 4));
      for (const item of recapped) paragraphs.push(`يذكر أنه ${item.sentence.replace(/\.$/, "")}، وفق ما أعلن حينها.`);

      const lastEvent = evidences[evidences.length - 1].event;
      const publishedDay = Date.parse(`${lastEvent.endDate}T00:00:00Z`) / DAY_MS + (random.chance(0.7) ? 0 : 1);
      const publishedOn = isoOf(Math.min(endDay, publishedDay));
      const agency = random.pick(AGENCIES);
      const dateline = `${random.pick(["القاهرة", "بيروت", "بغداد", "دمشق", "عمّان", "الرياض", "الدوحة", "القدس", "موسكو", "واشنطن"])}${agency ? ` (${agency})` : ""} - `;
      const body = dateline + paragraphs.join("\n");
      const title = evidences[0].event.title;
      for (const { index, sentence } of evidences) {
        const start = body.indexOf(sentence);
        batch.sources.push({ event: index, article: articleIndex, evidence: sentence, evidenceStart: start, evidenceEnd: start + sentence.length });
      }
      for (const { index, sentence } of recapped) {
        const evidence = sentence.replace(/\.$/, "");
        const start = body.indexOf(evidence);
        batch.sources.push({ event: index, article: articleIndex, evidence, evidenceStart: start, evidenceEnd: start + evidence.length });
      }
      recap = evidences.filter(() => random.chance(0.9)).map(({ index, sentence }) => ({ index, sentence }));
      const normalised = normalise(`${title}\n${body}`);
      batch.articles.push({
        title,
        outlet: random.pick(OUTLETS),
        agency,
        url: `https://synth.sijill.example/${options.seed}/${articleIndex}`,
        body,
        keywords: [...keywords],
        publishedOn,
        publishedPhrase: `تاريخ النشر: ${arabicDayPhrase(Date.parse(`${publishedOn}T00:00:00Z`) / DAY_MS, random)}`,
        // Seed and index in the hash: two corpora never collide with each other or with ingested text.
        contentHash: createHash("sha256").update(`synth:${options.seed}:${articleIndex}\n${normalised}`).digest("hex"),
        searchText: normalised,
      });
    }
    yield batch;
  }
}
