import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { roleAllows } from "@/lib/auth/roles";
import { currentViewer } from "@/lib/auth/session";
import { listSources } from "@/lib/queries/sources";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { QueryProvider } from "@/components/providers/QueryProvider";
import { SourcesManager } from "@/components/sources/SourcesManager";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "المصادر — سجل" };

/** «المصادر»: where editors add links, feeds and files, and watch them become events. */
export default async function SourcesPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect("/sign-in?next=/sources");
  return (
    <>
      <SiteHeader viewer={viewer} heading="المصادر" />
      <main>
        {roleAllows(viewer.role, "editor") ? (
          <QueryProvider>
            <SourcesManager initial={await listSources()} />
          </QueryProvider>
        ) : (
          <div role="alert" className="mx-auto mt-16 max-w-xl rounded-lg border border-line bg-panel p-8 text-center">
            <h2 className="text-xl font-bold">هذه الصفحة للمحررين</h2>
            <p className="mt-2 text-muted">حسابك حساب قارئ: يمكنك تصفّح الخط الزمني، أما إضافة المصادر فتحتاج إلى دور محرر.</p>
          </div>
        )}
      </main>
    </>
  );
}
