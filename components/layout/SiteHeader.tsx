// The header every page shares: the product's name, where to go, who is signed in.
import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { ThemeToggle } from "@/components/theme/ThemeToggle";

export function SiteHeader({ viewer, heading = "سجل" }: { viewer: Viewer | null; heading?: string }) {
  return (
    <header className="mx-auto flex max-w-[1600px] flex-wrap items-center justify-between gap-3 px-3 pt-3 sm:px-4">
      <div>
        <h1 className="text-2xl font-bold">{heading}</h1>
        <p className="text-sm text-muted">خط زمني للأخبار العربية، مع مصادرها وجمل الدليل</p>
      </div>
      <nav aria-label="التنقل" className="flex flex-wrap items-center gap-3 text-sm">
        <Link href="/" className="underline-offset-4 hover:underline">الخط الزمني</Link>
        <Link href="/sources" className="underline-offset-4 hover:underline">المصادر</Link>
        {viewer ? (
          <>
            <span className="text-muted">
              <bdi dir="ltr">{viewer.email}</bdi> ({ROLE_LABELS[viewer.role]})
            </span>
            <SignOutButton />
          </>
        ) : (
          <Link href="/sign-in" className="underline-offset-4 hover:underline">تسجيل الدخول</Link>
        )}
        <ThemeToggle />
      </nav>
    </header>
  );
}
