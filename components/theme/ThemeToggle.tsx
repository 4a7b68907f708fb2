"use client";
// Light/dark: data-theme on <html>, remembered in localStorage; the first visit follows the system
// (see themeInitScript, which runs before paint so there is no flash).
import { useSyncExternalStore } from "react";

export const THEME_STORAGE_KEY = "sijill-theme";
type Theme = "light" | "dark";

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null);
  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      onClick={() => {
        document.documentElement.dataset.theme = next;
        localStorage.setItem(THEME_STORAGE_KEY, next);
      }}
      aria-label={next === "dark" ? "تفعيل الوضع الداكن" : "تفعيل الوضع الفاتح"}
      className="rounded-md border border-line px-3 py-1.5 text-sm hover:border-accent"
    >
      {theme === null ? "السمة" : next === "dark" ? "داكن" : "فاتح"}
    </button>
  );
}
