// End to end on articles written for these tests in the style of other outlets (Al Jazeera,
// Asharq Al-Awsat, Anadolu, Sky News Arabia, Al-Ahram, An-Nahar, Independent Arabia,
// Al-Masirah), with the real gazetteer. Each block lists what a careful reader would take from
// one page. Known gaps are `it.fails`, so that fixing one shows up as a test to turn into `it`.
import { describe, expect, it } from "vitest";
import { extractTexts, readInputFiles } from "@/lib/ingest/pipeline";
import type { ExtractedEvent } from "@/lib/ingest/types";
import { TODAY } from "./fixtures";

const { inputs, problems } = readInputFiles(["tests/unit/ingest/articles"]);
const result = extractTexts(inputs, { today: TODAY });

const articleOf = (file: string, embedded = false) => {
  const i = result.articles.findIndex((a) => a.file === file && (a.parentIndex !== null) === embedded);
  expect(i).toBeGreaterThanOrEqual(0);
  return { index: i, article: result.articles[i] };
};
const eventsOf = (file: string) => {
  const { index } = articleOf(file);
  return result.events.filter((e) => e.sources.some((s) => s.articleIndex === index));
};
const names = (e: ExtractedEvent) => e.actors.map((a) => a.name);
const only = (list: ExtractedEvent[]): ExtractedEvent => {
  expect(list).toHaveLength(1);
  return list[0];
};
const on = (file: string, start: string) => only(eventsOf(file).filter((e) => e.date.start === start));

describe("new articles: parsing", () => {
  it("reads every file without problems", () => {
    expect(problems).toEqual([]);
    expect(result.problems).toEqual([]);
  });
  it("reads each page's own date line, in every style", () => {
    expect(articleOf("aljazeera_gaza_talks_cairo.txt").article.published).toMatchObject({ value: "2025-01-14", certainty: "stated" }); // ١٤/١/٢٠٢٥
    expect(articleOf("asharq_araghchi_riyadh.txt").article.published).toMatchObject({ value: "2024-10-09", certainty: "stated" }); // with the Hijri date
    expect(articleOf("anadolu_fidan_cairo.txt").article.published).toMatchObject({ value: "2024-08-31", certainty: "stated" }); // 31.08.2024
    expect(articleOf("skynews_sisi_macron_call.txt").article.published).toMatchObject({ value: "2025-02-09", certainty: "stated" });
    expect(articleOf("ahram_sudan_portsudan.txt").article.published).toMatchObject({ value: "2025-05-04", certainty: "stated" }); // 4-5-2025 | 13:45
  });
  it("dates a page with no date line from its weekdays and the people it names", () => {
    expect(articleOf("annahar_arab_summit_baghdad.txt").article.published).toMatchObject({ value: "2025-05-17", precision: "day", certainty: "inferred" });
  });
  it("never lends the host page's date to an embedded article that has none of its own", () => {
    const { index, article } = articleOf("skynews_sisi_macron_call.txt", true);
    expect(article.title).toBe("ترامب يستقبل العاهل الأردني في البيت الأبيض");
    expect(article.published).toMatchObject({ value: null, certainty: "unknown" });
    // "يوم الثلاثاء المقبل" can't be placed without a year: nothing goes on the timeline.
    expect(result.events.filter((e) => e.sources.some((s) => s.articleIndex === index))).toEqual([]);
  });
});

describe("Al Jazeera: Gaza ceasefire talks in Cairo", () => {
  const F = "aljazeera_gaza_talks_cairo.txt";
  it("finds tomorrow's talks in Cairo with the mediators' countries", () => {
    const talks = on(F, "2025-01-15");
    expect(talks).toMatchObject({ kind: "talks", place: "القاهرة", date: { precision: "day", certainty: "inferred", phrase: "غدا الأربعاء" } });
    expect(talks.countries).toEqual(expect.arrayContaining(["EG", "QA", "US"]));
  });
  it("dates the Qatari spokesman's press conference in Doha to the day of the announcement", () => {
    const presser = on(F, "2025-01-14");
    expect(presser).toMatchObject({ kind: "press_conference", place: "الدوحة" });
    expect(names(presser)).toEqual(["Majed al-Ansari"]);
  });
  it("finds yesterday's meeting in Doha with Hamas's delegation", () => {
    const meeting = on(F, "2025-01-13");
    expect(meeting).toMatchObject({ place: "الدوحة", date: { phrase: "أمس الاثنين" } });
    expect(names(meeting)).toEqual(expect.arrayContaining(["Mohammed bin Abdulrahman Al Thani", "Khalil al-Hayya", "Hamas"]));
  });
  it("dates the Sisi–Biden call from a weekday and a Levantine month in Arabic-Indic digits", () => {
    const call = on(F, "2025-01-12");
    expect(call).toMatchObject({ kind: "call", place: null, date: { precision: "day", phrase: "يوم الأحد ١٢ كانون الثاني" } });
    expect(names(call)).toEqual(["Abdel Fattah el-Sisi", "Joe Biden"]);
  });
  it("dates the August round in Doha by its ordinal day", () => {
    expect(on(F, "2024-08-15")).toMatchObject({ kind: "talks", countries: ["QA"], date: { precision: "day", phrase: "الخامس عشر من آب الماضي" } });
  });
  it("leaves out the country the talks are about (وقف إطلاق النار في قطاع غزة)", () => {
    expect(on(F, "2025-01-15").countries).not.toContain("PS");
    expect(on(F, "2025-01-12").countries).toEqual(["EG", "US"]);
  });
});

describe("Asharq Al-Awsat: Araghchi in Riyadh", () => {
  const F = "asharq_araghchi_riyadh.txt";
  it("makes the visit, the reception by the crown prince and the talks with his counterpart one event", () => {
    const visit = only(eventsOf(F).filter((e) => e.date.start === "2024-10-09" && e.kind === "visit"));
    expect(visit).toMatchObject({ kind: "visit", place: "الرياض", date: { precision: "day" } });
    expect(names(visit)).toEqual(expect.arrayContaining(["Abbas Araghchi", "Mohammed bin Salman", "Faisal bin Farhan"]));
    expect(visit.countries).toEqual(expect.arrayContaining(["SA", "IR"]));
  });
  it("places the trilateral meeting announced for كانون الأول المقبل in Tehran, to the month", () => {
    const meeting = on(F, "2024-12");
    expect(meeting).toMatchObject({ kind: "meeting", place: "طهران", date: { precision: "month", certainty: "inferred" } });
    expect(meeting.countries).toEqual(expect.arrayContaining(["IR", "SA", "CN"]));
    // طهران is a party as well as the venue: the title keeps it.
    expect(meeting.title).toContain("إيران");
  });
  it("dates Araghchi's remarks عقب اللقاء to the day of the meeting", () => {
    const remarks = only(eventsOf(F).filter((e) => e.kind === "statement"));
    expect(remarks).toMatchObject({ date: { start: "2024-10-09", phrase: "عقب اللقاء" } });
    expect(names(remarks)).toEqual(["Abbas Araghchi"]);
    expect(remarks.title).toContain("العلاقات بين البلدين");
  });
  it("does not date the visit by the agreement it follows (بعد … الاتفاق الذي وقع في … 2023)", () => {
    expect(eventsOf(F).filter((e) => e.date.start.startsWith("2023"))).toEqual([]);
  });
});

describe("Anadolu: Fidan in Cairo", () => {
  const F = "anadolu_fidan_cairo.txt";
  it("finds Saturday's talks between the two foreign ministers in Cairo", () => {
    const talks = only(eventsOf(F).filter((e) => e.date.start === "2024-08-31" && e.kind === "talks"));
    expect(talks).toMatchObject({ kind: "talks", place: "القاهرة", date: { phrase: "السبت" } });
    expect(names(talks)).toEqual(["Hakan Fidan", "Badr Abdelatty"]);
    // Gaza and Sudan are what they discussed, not parties.
    expect(talks.countries).toEqual(["TR", "EG"]);
  });
  it("dates Sisi's announced visit to Turkey to next Wednesday", () => {
    const visit = on(F, "2024-09-04");
    expect(visit).toMatchObject({ kind: "visit", place: "تركيا", date: { phrase: "يوم الأربعاء المقبل" } });
    expect(names(visit)).toContain("Abdel Fattah el-Sisi");
  });
  it("dates Fidan's earlier visit by an ordinal day and a Levantine month, with its direct object as destination", () => {
    const visit = on(F, "2024-02-13");
    expect(visit).toMatchObject({ kind: "visit", place: "القاهرة", date: { precision: "day", phrase: "الثالث عشر من شباط الماضي" } });
    expect(names(visit)).toEqual(expect.arrayContaining(["Hakan Fidan", "Recep Tayyip Erdoğan"]));
  });
  it("dates the joint press conference held عقب المباحثات to the day of the talks, with both ministers", () => {
    const presser = only(eventsOf(F).filter((e) => e.kind === "press_conference"));
    expect(presser).toMatchObject({ date: { start: "2024-08-31", certainty: "inferred", phrase: "عقب المباحثات" } });
    expect(names(presser)).toEqual(["Hakan Fidan", "Badr Abdelatty"]);
  });
  it("dates Abdelatty's undated announcement (وأعلن عبد العاطي أن …) to the report's day, as inferred, apart from the press conference", () => {
    const announced = only(eventsOf(F).filter((e) => e.kind === "announcement"));
    expect(names(announced)).toEqual(["Badr Abdelatty"]);
    expect(announced.date).toMatchObject({ start: "2024-08-31", precision: "day", certainty: "inferred", phrase: "تاريخ النشر: 31.08.2024" });
    expect(announced.title).toContain("زيارة السيسي إلى تركيا");
  });
  it("does not date Fidan's earlier visit (وكان فيدان قد زار …) by the report's day", () => {
    expect(eventsOf(F).filter((e) => e.date.start === "2024-08-31" && e.kind === "visit")).toEqual([]);
  });
});

describe("Sky News Arabia: Sisi–Macron call", () => {
  const F = "skynews_sisi_macron_call.txt";
  it("finds today's call between the two presidents, with no venue", () => {
    const call = on(F, "2025-02-09");
    expect(call).toMatchObject({ kind: "call", place: null, countries: ["EG", "FR"] });
    expect(names(call)).toEqual(["Abdel Fattah el-Sisi", "Emmanuel Macron"]);
  });
  it("reads الرئيسين in the next sentences as the two presidents of the call", () => {
    const summit = on(F, "2025-04-07");
    expect(summit).toMatchObject({ kind: "summit", place: "القاهرة", date: { precision: "day", phrase: "السابع من نيسان المقبل" } });
    expect(names(summit)).toEqual(["Abdel Fattah el-Sisi", "Emmanuel Macron"]);
  });
  it("dates their last meeting at the G20 to last November", () => {
    const g20 = on(F, "2024-11");
    expect(g20).toMatchObject({ place: "ريو دي جانيرو", date: { precision: "month", phrase: "تشرين الثاني الماضي" } });
    expect(names(g20)).toEqual(expect.arrayContaining(["Abdel Fattah el-Sisi", "Emmanuel Macron"]));
  });
});

describe("Al-Ahram: Sudan", () => {
  const F = "ahram_sudan_portsudan.txt";
  it("finds the drone attack on Port Sudan at dawn today, by the RSF", () => {
    const strike = only(eventsOf(F).filter((e) => e.kind === "strike" && e.date.start === "2025-05-04"));
    expect(strike).toMatchObject({ place: "بورتسودان", countries: ["SD"] });
    expect(names(strike)).toEqual(["Rapid Support Forces"]);
  });
  it("finds the shelling of El Fasher as a day range in Arabic-Indic digits", () => {
    const shelling = only(eventsOf(F).filter((e) => e.date.start === "2025-05-02"));
    expect(shelling).toMatchObject({ kind: "strike", place: "الفاشر", date: { end: "2025-05-03", precision: "day" } });
  });
  it("finds Burhan's meeting with the UN envoy in Port Sudan", () => {
    const meeting = only(eventsOf(F).filter((e) => e.kind === "meeting"));
    expect(meeting).toMatchObject({ date: { start: "2025-05-04" }, place: "بورتسودان" });
    expect(names(meeting)).toEqual(["Abdel Fattah al-Burhan", "Ramtane Lamamra"]);
  });
  it("does not date anything by when the war began (منذ نيسان 2023)", () => {
    expect(eventsOf(F).filter((e) => e.date.start.startsWith("2023"))).toEqual([]);
  });
  it("does not count the UN envoy's own nationality (Algeria) among the meeting's countries", () => {
    expect(only(eventsOf(F).filter((e) => e.kind === "meeting")).countries).toEqual(["SD"]);
  });
});

describe("An-Nahar: the Arab summit in Baghdad (no date line)", () => {
  const F = "annahar_arab_summit_baghdad.txt";
  it("dates the summit's opening to the inferred publication day", () => {
    const summit = on(F, "2025-05-17");
    expect(summit).toMatchObject({ kind: "summit", place: "بغداد", date: { precision: "day", certainty: "inferred" } });
    expect(names(summit)).toEqual(expect.arrayContaining(["Mohammed Shia al-Sudani", "Ahmed Aboul Gheit"]));
  });
  it("does not take العراقي (Iraqi) for a spelling of Araghchi", () => {
    expect(eventsOf(F).flatMap(names)).not.toContain("Abbas Araghchi");
  });
  it("keeps the preparatory ministers' meeting apart, as a meeting, two days earlier", () => {
    expect(on(F, "2025-05-15")).toMatchObject({ kind: "meeting", place: "بغداد" });
  });
  it("dates the previous summit in Manama by its stated date", () => {
    expect(on(F, "2024-05-16")).toMatchObject({ kind: "summit", place: "المنامة", date: { certainty: "stated" } });
  });
  it("does not count the country taking the presidency (تسلم العراق رئاسة القمة) among the Manama summit's countries", () => {
    const manama = on(F, "2024-05-16");
    expect(manama.countries).toEqual(["BH"]);
    expect(manama.title).not.toContain("العراق");
  });
  it("titles the ministers' meeting by what it was (اجتماعا تحضيريا للقمة), not a bare لقاء", () => {
    expect(on(F, "2025-05-15").title).toBe("اجتماع تحضيري للقمة في بغداد");
  });
});

describe("Independent Arabia: Sudan's foreign minister in Tehran (Persian letters, tatweel, an embedded article with its own date)", () => {
  const F = "independent_sudan_fm_tehran.txt";
  it("learns the minister from his role, with his country, and names him as the visitor", () => {
    const visit = only(eventsOf(F).filter((e) => e.date.start === "2024-03-12" && e.kind === "visit"));
    expect(visit).toMatchObject({ kind: "visit", place: "طهران", title: "زيارة علي الصادق إلى طهران" });
    expect(visit.actors[0]).toMatchObject({ ar: "علي الصادق", country: "SD", role: "وزير الخارجية" });
    // "الإیرانی" (Persian ی) and "عبد اللهيـان" (tatweel) still find their people.
    expect(names(visit)).toEqual(expect.arrayContaining(["Ebrahim Raisi", "Hossein Amir-Abdollahian"]));
  });
  it("finds him again by his family name alone, on the fifth of the current month in Jeddah", () => {
    const meeting = on(F, "2024-03-05");
    expect(meeting).toMatchObject({ kind: "meeting", place: "جدة", date: { precision: "day", phrase: "الخامس من الشهر الجاري" } });
    expect(meeting.actors.map((a) => a.ar)).toContain("علي الصادق");
  });
  it("dates the announced technical visit by an ordinal day and a Levantine month, with the Sudanese side", () => {
    const visit = on(F, "2024-04-21");
    expect(visit).toMatchObject({ kind: "visit", place: "طهران", countries: ["SD", "IR"] });
  });
  it("dates the embedded article by its own date line and the army's announcement by أمس السبت", () => {
    const { index, article } = articleOf(F, true);
    expect(article.published).toMatchObject({ value: "2024-03-10", certainty: "stated" });
    const announced = only(result.events.filter((e) => e.sources.some((s) => s.articleIndex === index) && e.kind === "announcement"));
    expect(announced).toMatchObject({ kind: "announcement", date: { start: "2024-03-09", phrase: "أمس السبت" } });
    // Its spokesman, named in the next sentence, speaks for it on the same occasion.
    expect(names(announced)).toEqual(["Sudanese Armed Forces", "نبيل عبد الله"]);
  });
  it("dates the drone strike told only inside the army's announcement by the announcement's day, as inferred", () => {
    const strike = only(result.events.filter((e) => e.kind === "strike" && e.date.start === "2024-03-09"));
    expect(strike.date).toMatchObject({ precision: "day", certainty: "inferred", phrase: "أمس السبت" });
    expect(names(strike)).toEqual(["Rapid Support Forces"]);
  });
  it("takes two countries announcing together (يذكر أن السودان وإيران أعلنا …) for the speakers", () => {
    const announced = on(F, "2023-10");
    expect(announced).toMatchObject({ kind: "announcement", countries: ["SD", "IR"], date: { precision: "month" } });
    expect(announced.title).toContain("السودان وإيران");
  });
  it("dates the minister's undated remarks to IRNA by the page's own date line", () => {
    const remarks = only(eventsOf(F).filter((e) => e.kind === "statement"));
    expect(remarks.date).toMatchObject({ start: "2024-03-12", certainty: "inferred", basis: "publication" });
  });
});

describe("Al-Masirah style: a page with nothing that fixes a year", () => {
  const F = "almasirah_red_sea_undated.txt";
  it("leaves the publication date unknown and puts nothing on the timeline", () => {
    expect(articleOf(F).article.published).toMatchObject({ value: null, precision: null, certainty: "unknown" });
    expect(eventsOf(F)).toEqual([]);
  });
});
