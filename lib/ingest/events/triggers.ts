// Words that announce a happening, by kind. Matched on normalised words with attached particles
// removed ("بالمحادثات" → "محادثات", "والتقى" → "التقي").
import type { Token } from "@/lib/ingest/text/tokens";
import type { EventKind } from "@/lib/ingest/types";

/** Higher wins when one frame holds several triggers: a visit with talks is the visit. */
export const KIND_PRIORITY: Record<EventKind, number> = {
  summit: 9, visit: 8, press_conference: 7, call: 6, talks: 5, meeting: 4, strike: 3, announcement: 2, statement: 1, other: 0,
};

const SINGLE: [EventKind, RegExp][] = [
  ["summit", /^(?:ال)?قم(?:ه|تين|ته|تها|تهما)$/],
  ["visit", /^(?:ال)?زيار(?:ه|ته|تها|تهم|تهما|ات)$|^(?:زار|زارت|يزور|تزور|سيزور|ستزور|يزوران|وصل|وصلت)$/],
  ["call", /^(?:هاتفيا|هاتفي|هاتفيه|مكالمه|المكالمه)$/],
  ["talks", /^(?:ال)?(?:محادثات|مباحثات|مفاوضات|محادثه|مباحثه)(?:ه|ها|هما|هم)?$|^(?:بحث|بحثت|يبحث|تبحث|سيبحث|ستبحث|يبحثان|بحثا|تفاوض|يتفاوض)$/],
  ["meeting", /^(?:ال)?(?:لقا[ءئ](?:ه|ها|هما|هم|نا)?|لقاءات|اجتماع(?:ه|ها|هما|هم|نا|ات)?)$|^(?:استقبل|استقبلت|يستقبل|تستقبل|سيستقبل|ستستقبل|استقبال|التقي|التقت|يلتقي|تلتقي|سيلتقي|ستلتقي|التقيا|اجتمع|اجتمعت|يجتمع|تجتمع|سيجتمع|ستجتمع|ستجتمعان|سيجتمعان|يجتمعان|تجتمعان|اجتمعا)$/],
  ["strike", /^(?:ال)?(?:غارات|غاره|ضربات|هجمات|هجوم|قصف)$|^(?:شن|شنت|شنها|شنتها|استهدف|استهدفت|قصفت)$/],
  ["announcement", /^(?:اعلن|اعلنت|يعلن|تعلن|اعلنوا|اعلنا|اعلنتا|يعلنان|تعلنان|اعلان)$/],
  ["statement", /^(?:قال|قالت|يقول|تقول|صرح|صرحت|اكد|اكدت|يؤكد|تؤكد|اشار|اشارت|اوضح|اوضحت|اضاف|اضافت|حث|حثت|دعا|دعت|شدد|شددت|اعتبر|اعتبرت|لفت|لفتت|اردف|اردفت|تابعت|ذكر|ذكرت|افاد|افادت|نفي|نفت|حذر|حذرت|طالب|طالبت|تصريح|تصريحات|تصريحاته|تصريحاتها|بيان)$/],
];

export interface Trigger {
  kind: EventKind;
  /** Offset of the word in the sentence. */
  at: number;
  /** The word as written. */
  text: string;
  /** Index of the word in the token list. */
  token: number;
}

function variants(norm: string): string[] {
  const out = [norm];
  const m = /^(?:وبال|وال|فال|بال|لل|ول|وب|فل|فب|و|ف|ب|ل)(?=\S{2,})/.exec(norm);
  if (m) out.push(norm.slice(m[0].length));
  if (/^[وف]/.test(norm)) out.push(norm.slice(1));
  // Indefinite accusative nouns carry a final alef: "عقدوا اجتماعا", "شنت هجوما".
  for (const f of [...out]) if (f.length > 4 && f.endsWith("ا")) out.push(f.slice(0, -1));
  return out;
}

/** What a word can start: the head of a two-word trigger, or a one-word trigger of some kind. */
interface WordTrigger {
  conference: boolean;
  call: boolean;
  kind: EventKind | null;
}

// The same words come back in every article: match each one against the patterns once.
const wordTriggers = new Map<string, WordTrigger>();

function wordTrigger(norm: string): WordTrigger {
  let w = wordTriggers.get(norm);
  if (w === undefined) {
    const forms = variants(norm);
    w = {
      conference: forms.some((f) => /^(?:ال)?مؤتمر(?:ا)?$/.test(f)),
      call: forms.some((f) => /^(?:ال)?اتصال(?:ا)?$/.test(f)),
      kind: SINGLE.find(([, re]) => forms.some((f) => re.test(f)))?.[0] ?? null,
    };
    if (wordTriggers.size > 200_000) wordTriggers.clear();
    wordTriggers.set(norm, w);
  }
  return w;
}

export function findTriggers(tokens: Token[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord) continue;
    const next = tokens[i + 1]?.norm ?? "";
    const w = wordTrigger(t.norm);
    // Two-word triggers first: "مؤتمر صحفي", "اتصال هاتفي".
    if (w.conference && /^(?:ال)?صح(?:ا)?في(?:ا)?$/.test(next)) {
      out.push({ kind: "press_conference", at: t.start, text: t.text, token: i });
      continue;
    }
    if (w.call && /^(?:ال)?هاتفي(?:ا)?$/.test(next)) {
      out.push({ kind: "call", at: t.start, text: t.text, token: i });
      i++;
      continue;
    }
    if (w.kind) out.push({ kind: w.kind, at: t.start, text: t.text, token: i });
  }
  return out;
}
