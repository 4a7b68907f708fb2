// A tiny gazetteer for unit tests, so they don't depend on how the real one grows.
import type { Gazetteer } from "@/lib/ingest/entities/gazetteer";

const country = (code: string, en: string, ar: string, adjectives: string[], capital: [string, string] | null, variants: string[] = []) => ({
  code, en, ar, variants, adjectives, status: "member" as const,
  capital: capital ? { en: capital[0], ar: capital[1], variants: [] } : null,
});

export const testGazetteer: Gazetteer = {
  countries: [
    country("SA", "Saudi Arabia", "السعودية", ["السعودي", "السعودية"], ["Riyadh", "الرياض"], ["المملكة العربية السعودية"]),
    country("IR", "Iran", "إيران", ["الإيراني", "الإيرانية"], ["Tehran", "طهران"]),
    country("CN", "China", "الصين", ["الصيني", "الصينية"], ["Beijing", "بكين"]),
    country("RU", "Russia", "روسيا", ["الروسي", "الروسية"], ["Moscow", "موسكو"]),
    country("KP", "North Korea", "كوريا الشمالية", ["الكوري الشمالي", "الكورية الشمالية"], ["Pyongyang", "بيونغ يانغ"]),
    country("OM", "Oman", "عمان", ["العماني", "العمانية"], ["Muscat", "مسقط"], ["سلطنة عمان"]),
    country("JO", "Jordan", "الأردن", ["الأردني", "الأردنية"], ["Amman", "عمّان"]),
    country("US", "United States", "الولايات المتحدة", ["الأمريكي", "الأميركي", "الأمريكية", "الأميركية"], ["Washington", "واشنطن"]),
    country("EG", "Egypt", "مصر", ["المصري", "المصرية"], ["Cairo", "القاهرة"]),
  ],
  actors: [
    { name: "Faisal bin Farhan", ar: "فيصل بن فرحان", variants: ["بن فرحان"], kind: "person", country: "SA",
      roles: [{ role: "foreign_minister", from: "2019-10-23", to: null }] },
    { name: "Hossein Amir-Abdollahian", ar: "حسين أمير عبد اللهيان", variants: ["عبد اللهيان", "عبداللهيان"], kind: "person", country: "IR",
      roles: [{ role: "foreign_minister", from: "2021-08-25", to: "2024-05-19" }] },
    { name: "Wang Yi", ar: "وانغ يي", variants: ["وانج يي"], kind: "person", country: "CN",
      roles: [{ role: "foreign_minister", from: "2023-07-25", to: null }] },
    { name: "Sergey Lavrov", ar: "سيرغي لافروف", variants: ["لافروف"], kind: "person", country: "RU",
      roles: [{ role: "foreign_minister", from: "2004-03-09", to: null }] },
    { name: "Choe Son Hui", ar: "تشوي سون هوي", variants: ["تشوي"], kind: "person", country: "KP",
      roles: [{ role: "foreign_minister", from: "2022-06-11", to: null }] },
    { name: "Haitham bin Tariq", ar: "هيثم بن طارق", variants: [], kind: "person", country: "OM",
      roles: [{ role: "head_of_state", from: "2020-01-11", to: null }] },
  ],
  roles: [
    { key: "foreign_minister", en: "Foreign minister", ar: ["وزير الخارجية", "وزيرة الخارجية", "وزير خارجية"] },
    { key: "spokesperson", en: "Spokesperson", ar: ["المتحدث باسم", "المتحدثة باسم"] },
    { key: "head_of_state", en: "Head of state", ar: ["الرئيس", "السلطان", "الملك"] },
  ],
  places: [{ en: "Vostochny Cosmodrome", ar: "قاعدة فوستوشني الفضائية", variants: ["فوستوشني"], country: "RU" }],
};

/** 2026-11-22, the project's fixed "today" for inference tests. */
export const TODAY = new Date(Date.UTC(2026, 10, 22));
