// Who may do what. Reading is public unless SIJILL_READ_ACCESS=signed-in; every write needs an editor.
// One definition, used by route handlers, server components and the CLI alike.
export const ROLES = ["editor", "reader"] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may act as `needed`: an editor may also do what a reader may. */
export function roleAllows(role: string | null | undefined, needed: Role): boolean {
  if (!isRole(role)) return false;
  return needed === "reader" || role === "editor";
}

/** «محرر» / «قارئ», as the interface says it. */
export const ROLE_LABELS: Record<Role, string> = { editor: "محرر", reader: "قارئ" };
