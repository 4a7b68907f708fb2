// npm run feeds -- add URL [--every 30m] | list | remove URL: the RSS and Atom feeds workers poll.
import { createPrismaClient, driverPool } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { connectDatabase } from "@/lib/db/server";
import { installQueues, sendOnlyBoss } from "@/lib/jobs/queue";
import { addFeed, removeFeed } from "@/lib/sources/add";
import { parseInterval } from "@/lib/sources/feeds";
import { normaliseUrl } from "@/lib/sources/urls";

const USAGE = "Usage: npm run feeds -- add URL [--every 30m] | list | remove URL";
const [command, ...rest] = process.argv.slice(2).filter((arg) => arg !== "--");

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function ago(date: Date | null): string {
  if (!date) return "never";
  const minutes = Math.round((Date.now() - date.getTime()) / 60_000);
  return minutes < 1 ? "just now" : minutes < 120 ? `${minutes} min ago` : date.toISOString().replace("T", " ").slice(0, 16);
}

if (!["add", "list", "remove"].includes(command ?? "")) fail(USAGE);
let url: string | null = null;
let every = 30;
if (command !== "list") {
  url = normaliseUrl(rest[0] ?? "") ?? fail(`${rest[0] ? `Not an http(s) address: ${rest[0]}` : "A feed URL is needed."}\n${USAGE}`);
  const flag = rest.indexOf("--every");
  if (flag >= 0) every = parseInterval(rest[flag + 1] ?? "") ?? fail(`--every takes an interval such as 15m, 2h or 1d (at most a week), not "${rest[flag + 1] ?? ""}"`);
}

const server = await connectDatabase({ log: console.error });
const db = createPrismaClient(server.url);
try {
  await applyMigrations(server.url);
  if (command === "add") {
    await installQueues(server.url);
    await addFeed(db, sendOnlyBoss(driverPool(db)), url!, every, null);
    console.log(`Feed added: ${url} (every ${every} min). A worker polls it now: \`npm start\` runs one, \`npm run worker\` more.`);
  } else if (command === "remove") {
    if (!(await removeFeed(db, url!))) fail(`No such feed: ${url}`);
    console.log(`Feed removed: ${url} (the articles it brought stay).`);
  } else {
    const feeds = await db.feed.findMany({ orderBy: { id: "asc" } });
    if (feeds.length === 0) console.log("No feeds. Add one: npm run feeds -- add URL [--every 30m]");
    for (const feed of feeds) {
      console.log(`${feed.url}${feed.title ? `  «${feed.title}»` : ""}`);
      console.log(`  every ${feed.everyMinutes} min · last success ${ago(feed.lastSuccessAt)} · items seen ${feed.itemsSeen} · articles added ${feed.articlesAdded}`);
      if (feed.lastError) console.log(`  last error (${ago(feed.lastErrorAt)}): ${feed.lastError}`);
    }
  }
} finally {
  await db.$disconnect();
  await server.stop();
}
