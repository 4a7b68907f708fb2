import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import "@fontsource-variable/noto-sans-arabic";
import "./globals.css";
import { readTheme, THEME_COOKIE } from "@/components/theme/theme";

export const metadata: Metadata = {
  title: "سجل — خط زمني للأخبار العربية",
  description: "أحداث مؤرخة من الأخبار العربية، مع مصادرها وجمل الدليل.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The reader's chosen theme comes with the request, so the first paint is already right without
  // a script in <head> (which would hold the parser until the stylesheets arrive); with no choice,
  // the stylesheet follows the system.
  const theme = readTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="ar" dir="rtl" data-theme={theme ?? undefined} suppressHydrationWarning>
      <body className="min-h-dvh bg-surface text-ink antialiased">{children}</body>
    </html>
  );
}
