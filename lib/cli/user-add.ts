// npm run user:add -- EMAIL [--role editor|reader]: creates a user who can sign in (an editor unless
// told otherwise), or sets an existing one's password and role. The password comes from
// SIJILL_PASSWORD, or is asked for (twice, not echoed).
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { connectDatabase } from "@/lib/db/server";
import { readEnv } from "@/lib/env";
import { describeInputError } from "@/lib/api/respond";
import { newUserSchema, saveUser } from "@/lib/auth/users";

const USAGE = "Usage: npm run user:add -- EMAIL [--role editor|reader]   (password from SIJILL_PASSWORD, or asked)";
const args = process.argv.slice(2).filter((arg) => arg !== "--");
const roleFlag = args.indexOf("--role");
const role = roleFlag >= 0 ? args[roleFlag + 1] : "editor";
const email = args.find((arg, i) => !arg.startsWith("--") && (roleFlag < 0 || i !== roleFlag + 1));

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

if (!email) fail(USAGE);
let password = readEnv().SIJILL_PASSWORD ?? "";
if (!password) {
  if (!process.stdin.isTTY) fail("No password: set SIJILL_PASSWORD, or run this in a terminal to be asked for one.");
  password = await askHidden(`Password for ${email}: `);
  if ((await askHidden("Again: ")) !== password) fail("The two passwords differ; nothing was changed.");
}
const checked = newUserSchema.safeParse({ email, password, role });
if (!checked.success) fail(`${describeInputError(checked.error)}\n${USAGE}`);

const server = await connectDatabase({ log: console.error });
const db = createPrismaClient(server.url);
try {
  await applyMigrations(server.url);
  const { created } = await saveUser(db, checked.data);
  console.log(`${created ? "Created" : "Updated"} ${checked.data.email} (${checked.data.role}). Sign in at /sign-in.`);
} finally {
  await db.$disconnect();
  await server.stop();
}
