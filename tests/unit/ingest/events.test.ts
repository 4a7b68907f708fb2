import { describe, expect, it } from "vitest";
import { extractEvents, splitSentences } from "@/lib/ingest/events/extract";
import type { ParsedArticle } from "@/lib/ingest/types";
import { loadGazetteer } from "@/lib/ingest/entities/gazetteer";
import { testGazetteer } from "./fixtures";

function article(body: string, published: string | null = "2023-04-06"): ParsedArticle {
  return {
    file: "t.txt", title: "عنوان", body, outlet: null, agency: null, keywords: [], url: null, parentIndex: null,
    published: { value: published, precision: published ? "day" : null, certainty: published ? "stated" : "unknown", phrase: null },
  };
}
const run = (body: string, published: string | null = "2023-04-06") =>
  extractEvents(article(body, published), {
    articleIndex: 0, anchor: published ? { value: published, precision: "day" } : null, gazetteer: testGazetteer,
  });

describe("splitSentences", () => {
  it("splits at full stops outside quotes and keeps exact offsets", () => {
    const body = "قال الوزير: \"الوضع صعب. لكننا متفائلون\". وأضاف أن الحوار مستمر.\nفقرة ثانية هنا.";
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual(["قال الوزير: \"الوضع صعب. لكننا متفائلون\".", "وأضاف أن الحوار مستمر.", "فقرة ثانية هنا."]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("extractEvents", () => {
  it("builds a meeting in Beijing dated by اليوم, with both ministers", () => {
    const { events } = run("التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني حسين أمير عبد اللهيان في العاصمة الصينية بكين اليوم الخميس.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "meeting", place: "بكين", date: { start: "2023-04-06", precision: "day", certainty: "inferred" } });
    expect(events[0].actors.map((a) => a.name)).toEqual(["Faisal bin Farhan", "Hossein Amir-Abdollahian"]);
    expect(events[0].countries).toEqual(expect.arrayContaining(["SA", "IR", "CN"]));
    expect(events[0].title).toBe("لقاء فيصل بن فرحان وعبداللهيان في بكين");
  });
  it("separates an announcement today from the talks it announces for tomorrow", () => {
    const { events } = run("أعلن وزير الخارجية الروسي سيرغي لافروف اليوم الخميس أن الوزيرة الكورية الشمالية تشوي سون هوي ستجري غدا الجمعة محادثات في موسكو.");
    const talks = events.find((e) => e.kind === "talks");
    const announcement = events.find((e) => e.kind === "announcement");
    expect(announcement?.date.start).toBe("2023-04-06");
    expect(announcement?.actors.map((a) => a.name)).toEqual(["Sergey Lavrov"]);
    expect(talks).toMatchObject({ date: { start: "2023-04-07" }, place: "موسكو" });
    expect(talks?.actors.map((a) => a.name)).toEqual(["Choe Son Hui"]);
    expect(announcement?.title).toBe(`لافروف: ${talks?.title}`);
  });
  it("dates a visit by a day range with المقبل and names the visitor and destination", () => {
    const { events } = run("ومن المقرر أن يقوم وزير الخارجية الصيني وانغ يي بزيارة إلى طهران يومي 3 و4 مارس المقبل.", "2024-01-10");
    expect(events[0]).toMatchObject({ kind: "visit", title: "زيارة وانغ يي إلى طهران", date: { start: "2024-03-03", end: "2024-03-04" } });
  });
  it("dates a quoted reference to a past summit by its own month", () => {
    const { events } = run("وقال لافروف: \"نحن نتحدث عن القمة بين الزعيمين في قاعدة فوستوشني الفضائية في سبتمبر 2023\".", "2024-01-16");
    const summit = events.find((e) => e.kind === "summit");
    expect(summit).toMatchObject({ date: { start: "2023-09", precision: "month", certainty: "stated" }, place: "قاعدة فوستوشني الفضائية" });
  });
  it("does not put undated mentions on the timeline but counts them", () => {
    const body = "صدر بيان رسمي في الرياض.\nوكان وزير الخارجية السعودي فيصل بن فرحان قد بحث هاتفيا مع نظيره الإيراني التطورات.";
    const { events, undated } = run(body);
    expect(events).toEqual([]);
    expect(undated).toBe(1);
  });
  it("dates the lead of a dated article by its publication day", () => {
    const { events } = run("بحث وزير الخارجية السعودي فيصل بن فرحان مع نظيره الإيراني في بكين سبل تعزيز العلاقات.");
    expect(events[0]).toMatchObject({ kind: "talks", date: { start: "2023-04-06", certainty: "inferred" } });
  });
  it("keeps evidence offsets exact into the body", () => {
    const body = "مقدمة بلا حدث.\nوالتقى فيصل بن فرحان نظيره الإيراني اليوم في بكين.";
    const { events } = run(body);
    const src = events[0].sources[0];
    expect(body.slice(src.start, src.end)).toBe(src.evidence);
  });
  it("finds a visit's destination right after the verb, and a reception as a meeting", () => {
    const { events } = run("يزور وزير الخارجية الصيني وانغ يي طهران غدا.\nواستقبل السلطان العماني اليوم وزير الخارجية السعودي فيصل بن فرحان في مسقط.");
    expect(events[0]).toMatchObject({ kind: "visit", place: "طهران", date: { start: "2023-04-07" } });
    expect(events[1]).toMatchObject({ kind: "meeting", place: "مسقط" });
    expect(events[1].actors.map((a) => a.name)).toEqual(["Haitham bin Tariq", "Faisal bin Farhan"]);
  });
  it("needs an actor or a country", () => {
    expect(run("عقد اجتماع اليوم لبحث الأوضاع.").events).toEqual([]);
  });
  it("names strikes with their countries", () => {
    const { events } = run("شنت الولايات المتحدة أمس غارات على مواقع في إيران.");
    expect(events[0]).toMatchObject({ kind: "strike", date: { start: "2023-04-05" } });
    expect(events[0].countries).toEqual(["US", "IR"]);
  });
});

describe("extractEvents across sentences", () => {
  const names = (e: { actors: { name: string }[] }) => e.actors.map((a) => a.name);
  it("carries the speaker of a statement into a sentence that goes on with وأضاف", () => {
    const { events } = run("قال وزير الخارجية الروسي سيرغي لافروف اليوم الخميس إن بلاده تدعم الحوار. وأضاف أن الحوار هو الطريق الوحيد للتسوية.");
    const added = events.find((e) => e.sources[0].evidence.startsWith("وأضاف"));
    expect(added).toMatchObject({ kind: "statement", date: { start: "2023-04-06" } });
    expect(names(added as (typeof events)[number])).toEqual(["Sergey Lavrov"]);
  });
  it("does not give a feminine continuation verb to a speaker not known to be a woman", () => {
    const { events } = run("قال وزير الخارجية الروسي سيرغي لافروف اليوم الخميس إن بلاده تدعم الحوار. وأضافت أن الحوار هو الطريق الوحيد.");
    expect(events.filter((e) => e.sources[0].evidence.startsWith("وأضافت"))).toEqual([]);
  });
  it("carries a spokeswoman introduced by her role into وتابعت", () => {
    const { events } = run("قالت المتحدثة باسم الخارجية الإيرانية مريم حسيني اليوم الخميس إن طهران مستعدة للحوار. وتابعت أن الرد الإيراني سيصل قريبا.");
    const added = events.find((e) => e.sources[0].evidence.startsWith("وتابعت"));
    expect(added?.actors.map((a) => a.ar)).toEqual(["مريم حسيني"]);
  });
  it("carries no one after a sentence whose main clause is not someone speaking", () => {
    const { events } = run("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في موسكو اليوم الخميس. وأضاف أن الحوار مستمر منذ الأسبوع الماضي.");
    expect(events.filter((e) => e.sources[0].evidence.startsWith("وأضاف"))).toEqual([]);
  });
  it("reads الوزيران as the two people of the happening just told", () => {
    const { events } = run("التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الصيني وانغ يي في بكين اليوم الخميس. واتفق الوزيران على عقد اجتماع جديد في الرياض في الحادي والعشرين من مايو المقبل.");
    const next = events.find((e) => e.date.start === "2023-05-21");
    expect(next).toMatchObject({ kind: "meeting", place: "الرياض", date: { precision: "day" } });
    expect(names(next as (typeof events)[number])).toEqual(["Faisal bin Farhan", "Wang Yi"]);
  });
});

describe("extractEvents: which date and place belong to the happening", () => {
  it("does not date a happening by the reference point after بعد or by a منذ date", () => {
    const { events } = run("وتأتي الزيارة بعد نحو عام من الاتفاق الذي وقع في بكين في العاشر من آذار 2022. وبحث الوزير السعودي سبل وقف الحرب الدائرة في اليمن منذ آذار 2015.");
    expect(events).toEqual([]);
  });
  it("keeps the place of a phone call empty: the في places are what was discussed", () => {
    const { events } = run("أجرى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا مع نظيره الإيراني حسين أمير عبد اللهيان اليوم الخميس تناول الأوضاع في بكين.");
    expect(events[0]).toMatchObject({ kind: "call", place: null });
  });
  it("counts no country for the places a call or talks were about", () => {
    const { events } = run("بحث وزير الخارجية السعودي فيصل بن فرحان مع نظيره الصيني وانغ يي في الرياض اليوم الخميس العلاقات الثنائية والتطورات في إيران وكوريا الشمالية.");
    expect(events[0]).toMatchObject({ place: "الرياض", countries: ["SA", "CN"] });
  });
  it("takes the venue, not the place of the topic (وقف إطلاق النار في …)", () => {
    const { events } = run("تنطلق مفاوضات وقف إطلاق النار في طهران غدا الجمعة في القاهرة بمشاركة وفود من قطر ومصر.");
    expect(events[0]).toMatchObject({ kind: "talks", place: "القاهرة", date: { start: "2023-04-07" } });
  });
  it("reads indefinite accusative triggers and ranks a purpose trigger (للقمة) below a bare one", () => {
    const { events } = run("عقد وزراء الخارجية اجتماعا تحضيريا للقمة في الرياض يوم الخميس 6 نيسان.");
    expect(events[0]).toMatchObject({ kind: "meeting", place: "الرياض", date: { start: "2023-04-06" } });
  });
  it("places a meeting in العاصمة الإيرانية in Tehran", () => {
    const { events } = run("وأعلنت الرياض أن اجتماعا سعوديا صينيا سيعقد في العاصمة الإيرانية في أيار المقبل.");
    expect(events.find((e) => e.kind === "meeting")).toMatchObject({ place: "طهران", date: { start: "2023-05", precision: "month" } });
  });
  it("takes a visit's direct object as its destination", () => {
    const { events } = run("وكان لافروف قد زار بيونغ يانغ في الثالث من آذار الماضي في زيارة هي الأولى إلى كوريا الشمالية منذ سنوات.");
    expect(events[0]).toMatchObject({ kind: "visit", place: "بيونغ يانغ", date: { start: "2023-03-03" } });
  });
  it("keeps the date of a statement when the next sentence names the same speaker again", () => {
    const { events } = run("أعلن وزير الخارجية الصيني وانغ يي اليوم الخميس أن بكين ستدعم الحوار. وأضاف وانغ يي في مؤتمر صحفي ببكين أن الحوار هو الحل.");
    const presser = events.find((e) => e.kind === "press_conference");
    expect(presser).toMatchObject({ place: "بكين", date: { start: "2023-04-06" } });
    expect(presser?.actors.map((a) => a.name)).toEqual(["Wang Yi"]);
  });
});

describe("extractEvents: back references", () => {
  it("dates a press conference held عقب المباحثات to the day of the talks just told", () => {
    const { events } = run("بحث وزير الخارجية السعودي فيصل بن فرحان مع نظيره الصيني وانغ يي في الرياض اليوم الخميس العلاقات الثنائية. وعقد الوزيران مؤتمرا صحفيا مشتركا عقب المباحثات.");
    const presser = events.find((e) => e.kind === "press_conference");
    expect(presser).toMatchObject({ date: { start: "2023-04-06", certainty: "inferred", phrase: "عقب المباحثات" } });
    expect(presser?.actors.map((a) => a.name)).toEqual(["Faisal bin Farhan", "Wang Yi"]);
  });
  it("takes a quote after إن as the words of the statement", () => {
    const { events } = run("قال وزير الخارجية الصيني وانغ يي اليوم الخميس إن «الحوار هو الطريق الوحيد لحل الخلافات».");
    expect(events[0].title).toBe("وانغ يي: الحوار هو الطريق الوحيد لحل الخلافات");
  });
  it("does not borrow the date of a different kind of happening", () => {
    const { events } = run("أجرى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا مع نظيره الصيني وانغ يي اليوم الخميس. وقال فيصل بن فرحان عقب القمة إن المملكة تدعم الحوار.");
    expect(events.filter((e) => e.kind === "statement")).toEqual([]);
  });
});

describe("extractEvents: people serving international bodies", () => {
  it("does not count a UN envoy's own country among the event's countries", () => {
    const { events } = run("استقبل وزير الخارجية السعودي فيصل بن فرحان في الرياض اليوم الخميس المبعوث الخاص للأمم المتحدة إلى اليمن وانغ يي.");
    expect(events[0].actors.map((a) => a.name)).toEqual(["Faisal bin Farhan", "Wang Yi"]);
    expect(events[0].countries).toEqual(["SA"]);
  });
});

describe("extractEvents: statements and happenings with no date of their own", () => {
  it("dates a later statement with no date to the report's day, as inferred", () => {
    const { events } = run("زار وزير الخارجية السعودي فيصل بن فرحان بكين اليوم الخميس. وأعلن وانغ يي أن الصين ستستضيف مؤتمرا للسلام.");
    const said = events.find((e) => e.kind === "announcement");
    expect(said?.date).toMatchObject({ start: "2023-04-06", precision: "day", certainty: "inferred", basis: "publication" });
  });
  it("does not date a statement the sentence sets in the past (وكان … قد قال)", () => {
    const { events } = run("زار وزير الخارجية السعودي فيصل بن فرحان بكين اليوم الخميس. وكان وانغ يي قد قال إن الصين تدعم الحوار.");
    expect(events.filter((e) => e.kind === "statement")).toEqual([]);
  });
  it("does not date an undated statement in a page with no date", () => {
    expect(run("وأعلن وانغ يي أن الصين ستستضيف مؤتمرا للسلام.", null).events).toEqual([]);
  });
  it("dates a strike told inside a dated announcement by the announcement's day, as inferred", () => {
    const { events } = run("أعلن وانغ يي أمس الأربعاء أن طائرات مسيرة استهدفت سفينة صينية في البحر.");
    const strike = events.find((e) => e.kind === "strike");
    expect(strike?.date).toMatchObject({ start: "2023-04-05", certainty: "inferred", phrase: "أمس الأربعاء" });
  });
  it("leaves a strike named in a relative clause (الهجمات التي شنتها …) undated", () => {
    const { events } = run("قال وانغ يي اليوم الخميس إن الصين تدين الهجمات التي شنتها الولايات المتحدة على اليمن.");
    expect(events.filter((e) => e.kind === "strike")).toEqual([]);
  });
  it("does not date a planned happening inside an announcement by the announcement's day", () => {
    const { events } = run("أعلن وانغ يي اليوم الخميس أن الصين ستستضيف اجتماعا للوسطاء.");
    expect(events.filter((e) => e.kind === "meeting")).toEqual([]);
  });
  it("takes countries named together beside the speech verb for its speakers, either order", () => {
    const after = run("أعلنت مصر والسعودية، أمس الأربعاء، التوصل إلى تفاهم بشأن الحدود.").events;
    expect(after[0]).toMatchObject({ kind: "announcement", countries: ["EG", "SA"], date: { start: "2023-04-05" } });
    const before = run("يذكر أن السعودية وإيران أعلنتا استئناف العلاقات في آذار الماضي.").events;
    expect(before[0]).toMatchObject({ kind: "announcement", countries: ["SA", "IR"], date: { start: "2023-03" } });
  });
  it("takes the agreement two countries announce for the event, not the announcing", () => {
    const events = run("أعلنت مصر والسعودية، أمس الأربعاء، التوصل إلى اتفاق لوقف إطلاق النار.").events;
    expect(events).toMatchObject([{ kind: "agreement", countries: ["EG", "SA"], date: { start: "2023-04-05" } }]);
  });
  it("takes an announcement of a happening on the day it states for the happening, not a second event", () => {
    const { events } = run("أعلن وانغ يي أن وزير الخارجية السعودي فيصل بن فرحان زار بكين يوم الخميس 6 أبريل 2023.");
    expect(events.map((e) => e.kind)).toEqual(["visit"]);
  });
  it("takes no event from an announcement named in a relative clause (الخطة التي أعلن عنها …)", () => {
    const { events } = run("وتحركت قوات الأمن في إطار الخطة التي أعلن عنها وانغ يي اليوم الخميس.");
    expect(events.filter((e) => e.kind === "announcement")).toEqual([]);
  });
  it("does not take a lone country before a singular verb for a speaker", () => {
    expect(run("ومصر أعلن مسؤول فيها أمس الأربعاء عن خطة.").events.filter((e) => e.kind === "announcement")).toEqual([]);
  });
});

describe("extractEvents: titles and summit parties", () => {
  it("keeps the host in the title when it is a party as well as the venue", () => {
    const { events } = run("وتعقد الرياض وبكين اجتماعا مع موسكو في العاصمة السعودية غدا الجمعة.");
    expect(events[0].title).toContain("السعودية");
  });
  it("drops the host from the title when it is only the venue", () => {
    const { events } = run("التقى لافروف وانغ يي في الرياض اليوم الخميس.");
    expect(events[0].title).toBe("لقاء لافروف ووانغ يي في الرياض");
  });
  it("does not take a country handing over a summit's presidency for a participant", () => {
    const { events } = run("وتسلمت مصر رئاسة القمة من الأردن التي استضافت القمة في عمان في 5 آذار الماضي.");
    expect(events[0].countries).not.toContain("EG");
  });
  it("titles a happening that names no one by its describing words", () => {
    const { events } = run("وعقد وزراء الخارجية اجتماعا طارئا للجامعة في القاهرة اليوم الخميس.");
    expect(events[0].title).toBe("اجتماع طارئ للجامعة في القاهرة");
  });
});

describe("extractEvents: statement titles", () => {
  it("ends a statement's title where the speaker goes on (مضيفا أن …)", () => {
    const { events } = run("قال وانغ يي اليوم الخميس إن الهجوم يمثل تصعيدا خطيرا مضيفا أن الصين تدعو إلى التهدئة.");
    expect(events[0].title).toBe("وانغ يي: الهجوم يمثل تصعيدا خطيرا");
  });
});

describe("extractEvents: a report goes on", () => {
  const gazetteer = loadGazetteer();
  const run = (body: string) => extractEvents(article(body), { articleIndex: 0, anchor: { value: "2023-04-06", precision: "day" }, gazetteer });
  it("dates more strikes told as done, each opening its clause, by the day of the strike just told", () => {
    const { events } = run("شن الجيش الإسرائيلي اليوم الخميس غارات على قطاع غزة. وفي حي القيزان جنوب خان يونس، قصفت الطائرات منزلا على رؤوس ساكنيه. وفي المحافظة الوسطى، استهدفت الطائرات الحربية منازل.");
    const strikes = events.filter((e) => e.kind === "strike");
    expect(strikes).toHaveLength(3);
    expect(strikes.slice(1).map((e) => [e.date.start, e.date.certainty])).toEqual([["2023-04-06", "inferred"], ["2023-04-06", "inferred"]]);
    // رؤوس (heads) is not الروس (the Russians): no Russia among the countries.
    expect(strikes[1].countries).not.toContain("RU");
  });
  it("does not date a strike named inside another clause by the last one's day", () => {
    const { events } = run("شن الجيش الإسرائيلي اليوم الخميس غارات على قطاع غزة. وسمع دوي انفجارات متتالية وقصف مدفعي هز محيط المدينة.");
    expect(events.filter((e) => e.kind === "strike")).toHaveLength(1);
  });
  it("takes the day of the visit told a few sentences before for what happened «خلال الزيارة نفسها»", () => {
    const { events } = run([
      "وصل وزير الخارجية السعودي فيصل بن فرحان إلى بكين اليوم الخميس في زيارة رسمية.",
      "وقالت الوزارة إن الوزير سيبحث ملفات عدة.",
      "وأضافت أن الزيارة تأتي في إطار تعزيز العلاقات.",
      "وخلال الزيارة نفسها تباحث بن فرحان مع وانغ يي في العلاقات الثنائية.",
    ].join(" "));
    expect(events.find((e) => e.kind === "talks")?.date).toMatchObject({ start: "2023-04-06", certainty: "inferred" });
  });
});

