import "server-only";
// Making and changing accounts (`npm run user:add`): through Better Auth's own adapter and password
// hasher (scrypt), so what it writes is exactly what sign-in reads.
import { z } from "zod";
import { getAuth, MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("is not an email address"),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(128, "must be at most 128 characters"),
  role: z.enum(["editor", "reader"]),
});

export type NewUser = z.infer<typeof newUserSchema>;

/** Creates the user, or sets an existing one's password and role. Returns whether it was created. */
export async function saveUser(db: Database, input: NewUser & { name?: string }): Promise<{ created: boolean; id: string }> {
  const user = newUserSchema.parse(input);
  const ctx = await (await getAuth(db)).$context;
  const hash = await ctx.password.hash(user.password);
  const found = await ctx.internalAdapter.findUserByEmail(user.email, { includeAccounts: true });
  if (found) {
    await ctx.internalAdapter.updateUser(found.user.id, { role: user.role satisfies Role });
    if (found.accounts.some((account) => account.providerId === "credential")) await ctx.internalAdapter.updatePassword(found.user.id, hash);
    else await ctx.internalAdapter.linkAccount({ userId: found.user.id, providerId: "credential", accountId: found.user.id, password: hash });
    return { created: false, id: found.user.id };
  }
  const created = await ctx.internalAdapter.createUser({ email: user.email, name: input.name ?? user.email.split("@")[0], emailVerified: true, role: user.role }, { method: "admin" });
  await ctx.internalAdapter.linkAccount({ userId: created.id, providerId: "credential", accountId: created.id, password: hash });
  return { created: true, id: created.id };
}
