import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/SignInForm";
import { SiteHeader } from "@/components/layout/SiteHeader";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "تسجيل الدخول — سجل" };

/** Only paths on this site: never send a signed-in editor to another origin. */
function safeNext(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/sources";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  const viewer = await currentViewer();
  if (viewer) redirect(next);
  return (
    <>
      <SiteHeader viewer={null} />
      <main className="mx-auto mt-10 max-w-md rounded-lg border border-line bg-panel p-6">
        <h2 className="mb-1 text-xl font-bold">تسجيل دخول المحررين</h2>
        <p className="mb-5 text-sm text-muted">القراءة متاحة للجميع؛ إضافة المصادر تحتاج إلى حساب محرر (يُنشأ بالأمر <bdi dir="ltr">npm run user:add</bdi>).</p>
        <SignInForm next={next} />
      </main>
    </>
  );
}
