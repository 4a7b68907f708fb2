import type { Metadata, Viewport } from "next";
import "@fontsource-variable/noto-sans-arabic";
import "./globals.css";
import { themeInitScript } from "@/components/theme/theme-script";

export const metadata: Metadata = {
  title: "سجل — خط زمني للأخبار العربية",
  description: "أحداث مؤرخة من الأخبار العربية، مع مصادرها وجمل الدليل.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ar" dir="rtl" suppressHydrationWarning>
      <head>
        {/* Sets data-theme before the first paint, so a dark-mode reader never sees a light flash. */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="min-h-dvh bg-surface text-ink antialiased">{children}</body>
    </html>
  );
}
