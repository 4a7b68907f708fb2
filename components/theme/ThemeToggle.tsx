"use client";
// Light/dark: data-theme on <html>, remembered in a cookie the server renders from (theme.ts).
// Before a choice the page follows the system, and so does the button's label.
import { useSyncExternalStore } from "react";
import { readTheme, THEME_COOKIE, type Theme } from "@/components/theme/theme";

const SYSTEM_DARK = "(prefers-color-scheme: dark)";

function currentTheme(): Theme {
  return readTheme(document.documentElement.dataset.theme) ?? (matchMedia(SYSTEM_DARK).matches ? "dark" : "light");
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const system = matchMedia(SYSTEM_DARK);
  system.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    system.removeEventListener("change", onChange);
  };
}

export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null);
  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      onClick={() => {
        document.documentElement.dataset.theme = next;
        document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
      }}
      aria-label={next === "dark" ? "تفعيل الوضع الداكن" : "تفعيل الوضع الفاتح"}
      className="rounded-md border border-line px-3 py-1.5 text-sm hover:border-accent"
    >
      {theme === null ? "السمة" : next === "dark" ? "داكن" : "فاتح"}
    </button>
  );
}
