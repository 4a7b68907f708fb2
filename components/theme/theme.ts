// The reader's light/dark choice: a cookie the server reads to render <html data-theme>, so the
// first paint is right with no script; with no choice the stylesheet follows the system.
export const THEME_COOKIE = "sijill-theme";
export type Theme = "light" | "dark";

export function readTheme(value: string | undefined): Theme | null {
  return value === "light" || value === "dark" ? value : null;
}
