import { recogniseEntities } from "@/lib/ingest/entities/recognise";
const s = process.argv[2];
for (const m of recogniseEntities(s, { date: "2024-10-31" })) console.log(m.kind, m.country, JSON.stringify(s.slice(m.start, m.end)), m.actor?.name ?? "", m.via);
