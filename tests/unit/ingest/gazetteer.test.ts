import { describe, expect, it } from "vitest";
import { loadGazetteer } from "@/lib/ingest/entities/gazetteer";

// The 193 UN member states by ISO 3166-1 alpha-2 code.
const UN_MEMBERS = (
  "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH " +
  "CM CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ " +
  "FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI " +
  "KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR " +
  "NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST " +
  "SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG " +
  "UA AE GB TZ US UY UZ VU VE VN YE ZM ZW"
).split(" ");

const duplicates = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe("gazetteer seed data", () => {
  const g = loadGazetteer();
  const codes = new Set(g.countries.map((c) => c.code));
  const roleKeys = new Set(g.roles.map((r) => r.key));

  it("has 193 distinct UN member states in the reference list", () => {
    expect(UN_MEMBERS).toHaveLength(193);
    expect(duplicates(UN_MEMBERS)).toEqual([]);
  });

  it("lists every UN member state once", () => {
    const members = g.countries.filter((c) => c.status === "member").map((c) => c.code);
    expect(UN_MEMBERS.filter((code) => !members.includes(code))).toEqual([]);
    expect(members.filter((code) => !UN_MEMBERS.includes(code))).toEqual([]);
    expect(members).toHaveLength(193);
  });

  it("includes the two UN observer states", () => {
    const observers = g.countries.filter((c) => c.status === "observer").map((c) => c.code).sort();
    expect(observers).toEqual(["PS", "VA"]);
  });

  it("uses each country code only once", () => {
    expect(duplicates(g.countries.map((c) => c.code))).toEqual([]);
  });

  it("gives every country an Arabic name", () => {
    expect(g.countries.filter((c) => !/[\u0600-\u06FF]/.test(c.ar)).map((c) => c.code)).toEqual([]);
  });

  it("uses each role key only once", () => {
    expect(duplicates(g.roles.map((r) => r.key))).toEqual([]);
  });

  it("gives every actor a unique canonical name", () => {
    expect(duplicates(g.actors.map((a) => a.name))).toEqual([]);
  });

  it("ties every actor to a known country or to none", () => {
    const unknown = g.actors.filter((a) => a.country !== null && !codes.has(a.country));
    expect(unknown.map((a) => `${a.name}: ${a.country}`)).toEqual([]);
  });

  it("ties every place to a known country or to none", () => {
    const unknown = g.places.filter((p) => p.country !== null && !codes.has(p.country));
    expect(unknown.map((p) => `${p.en}: ${p.country}`)).toEqual([]);
  });

  it("only gives actors roles that roles.json defines", () => {
    const unknown = g.actors.flatMap((a) => a.roles.filter((r) => !roleKeys.has(r.role)).map((r) => `${a.name}: ${r.role}`));
    expect(unknown).toEqual([]);
  });

  it("never ends a tenure before it starts", () => {
    const backwards = g.actors.flatMap((a) =>
      a.roles.filter((r) => r.to !== null && r.to < r.from.slice(0, r.to.length)).map((r) => `${a.name}: ${r.role} ${r.from}..${r.to}`),
    );
    expect(backwards).toEqual([]);
  });

  it("knows the large non-capital cities that news names as venues, each with its country", () => {
    const city = (en: string) => g.places.find((p) => p.en === en)?.country;
    expect(["Rio de Janeiro", "Istanbul", "Jeddah", "Sharm el-Sheikh", "Davos", "Munich", "Geneva", "Aqaba", "Casablanca", "Mumbai", "Los Angeles"].map(city))
      .toEqual(["BR", "TR", "SA", "EG", "CH", "DE", "CH", "JO", "MA", "IN", "US"]);
  });

  it("gives no two places the same spelling", () => {
    expect(duplicates(g.places.flatMap((p) => [p.ar, ...p.variants]))).toEqual([]);
  });

  it("knows Lavrov as Russia's foreign minister since 2004", () => {
    const lavrov = g.actors.find((a) => a.name === "Sergey Lavrov");
    expect(lavrov?.country).toBe("RU");
    expect(lavrov?.roles).toContainEqual({ role: "foreign_minister", from: "2004-03-09", to: null });
  });

  it("gives Trump two separate presidential terms", () => {
    const trump = g.actors.find((a) => a.name === "Donald Trump");
    expect(trump?.roles.filter((r) => r.role === "head_of_state")).toEqual([
      { role: "head_of_state", from: "2017-01-20", to: "2021-01-20" },
      { role: "head_of_state", from: "2025-01-20", to: null },
    ]);
  });
});
