// The gazetteer is data in seed/gazetteer/*.json; this module gives it a shape and loads it once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");

export const countrySchema = z.object({
  /** ISO 3166-1 alpha-2 (observers without one use a user-assigned code such as "XK"). */
  code: z.string().regex(/^[A-Z]{2}$/),
  en: z.string(),
  ar: z.string(),
  /** Other Arabic (and English) names: "روسيا الاتحادية", "Russian Federation". */
  variants: z.array(z.string()),
  /** Arabic adjectives (nisba) in every gender/number commonly written: "الروسي", "الروسية", "روسي", "روسية". */
  adjectives: z.array(z.string()),
  capital: z.object({ en: z.string(), ar: z.string(), variants: z.array(z.string()) }).nullable(),
  /** "member" of the UN, "observer", or "other" (recognised elsewhere, e.g. Taiwan, Kosovo). */
  status: z.enum(["member", "observer", "other"]),
});

export const roleSchema = z.object({
  /** Stable key, e.g. "foreign_minister". */
  key: z.string(),
  en: z.string(),
  /** Arabic phrasings that introduce a holder: "وزير الخارجية", "وزيرة الخارجية", "المتحدثة باسم الحكومة". */
  ar: z.array(z.string()),
});

export const actorSchema = z.object({
  /** Canonical English name, unique. */
  name: z.string(),
  /** Arabic display form. */
  ar: z.string(),
  /** Other Arabic spellings and short forms ("لافروف"), English variants. */
  variants: z.array(z.string()),
  kind: z.enum(["person", "organisation"]),
  /** Country the actor acts for (ISO2), null for international organisations. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  /** Offices held, with years; used to fix the year of undated articles. */
  roles: z.array(z.object({ role: z.string(), from: isoDate, to: isoDate.nullable() })),
});

export const placeSchema = z.object({
  en: z.string(),
  ar: z.string(),
  variants: z.array(z.string()),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
});

export type GazetteerCountry = z.infer<typeof countrySchema>;
export type GazetteerActor = z.infer<typeof actorSchema>;
export type GazetteerRole = z.infer<typeof roleSchema>;
export type GazetteerPlace = z.infer<typeof placeSchema>;

export interface Gazetteer {
  countries: GazetteerCountry[];
  actors: GazetteerActor[];
  roles: GazetteerRole[];
  places: GazetteerPlace[];
}

const defaultDir = path.join(process.cwd(), "seed", "gazetteer");

function readList<T>(dir: string, file: string, schema: z.ZodType<T>): T[] {
  const raw = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as unknown;
  return z.array(schema).parse(raw);
}

export function loadGazetteer(dir = defaultDir): Gazetteer {
  return {
    countries: readList(dir, "countries.json", countrySchema),
    actors: readList(dir, "actors.json", actorSchema),
    roles: readList(dir, "roles.json", roleSchema),
    places: readList(dir, "places.json", placeSchema),
  };
}

let cached: Gazetteer | undefined;

/** The project's gazetteer, read from disk once per process. */
export function gazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}
