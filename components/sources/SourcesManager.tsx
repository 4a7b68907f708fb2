"use client";
// The sources page: add links, a feed or files, and watch each item go queued → fetching →
// extracting → stored (or failed, with the reason). The list refreshes every second while anything
// is under way; a stored item links to its article and its events on the timeline.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import type { AddSourcesResponse, FeedItem, SourceItem, SourcesResponse } from "@/lib/api/sources-contract";
import type { ApiError } from "@/lib/api/contract";
import { queryKeys } from "@/lib/client/query-keys";

const STATE_LABELS: Record<SourceItem["state"], string> = {
  queued: "في الانتظار",
  fetching: "جارٍ الجلب",
  extracting: "جارٍ الاستخراج",
  stored: "خُزّن",
  unchanged: "لم يتغير",
  failed: "فشل",
};
const UNDER_WAY = new Set<SourceItem["state"]>(["queued", "fetching", "extracting"]);
const INTERVALS: [string, string][] = [["15m", "15 دقيقة"], ["30m", "30 دقيقة"], ["1h", "ساعة"], ["6h", "6 ساعات"], ["1d", "يوم"]];

async function fetchSources(): Promise<SourcesResponse> {
  const response = await fetch("/api/sources", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET /api/sources: ${response.status}`);
  return response.json();
}

/** The API's own words for a refusal, else its status. */
async function failureOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as (ApiError & AddSourcesResponse) | null;
  const problems = body?.problems?.map((problem) => `${problem.file}: ${problem.message}`).join("؛ ");
  return body?.error ? `${body.error.message}${problems ? ` (${problems})` : ""}` : `رمز الخطأ ${response.status}`;
}

function timelineHref(event: { id: number; start: string }, article?: number | null): string {
  const day = Date.parse(`${event.start}T00:00:00Z`);
  const around = (days: number) => new Date(day + days * 86_400_000).toISOString().slice(0, 10);
  return `/?from=${around(-45)}&to=${around(45)}&event=${event.id}${article ? `&article=${article}` : ""}`;
}

function formatTime(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString("ar", { dateStyle: "medium", timeStyle: "short" }) : "لم يحدث بعد";
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-panel p-4">
      <h2 id={id} className="mb-3 text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}

const field = "rounded-md border border-line bg-surface px-3 py-2 text-base font-normal";
const button = "self-start rounded-md bg-accent px-4 py-2 font-bold text-accent-ink disabled:opacity-60";

export function SourcesManager({ initial }: { initial: SourcesResponse }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const { data } = useQuery({
    queryKey: queryKeys.sources(),
    queryFn: fetchSources,
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.sources.some((source) => UNDER_WAY.has(source.state)) ? 1_000 : 5_000),
  });

  async function send(request: () => Promise<Response>, done: (result: AddSourcesResponse) => string, form?: HTMLFormElement) {
    setPending(true);
    setStatus(null);
    try {
      const response = await request();
      if (!response.ok) {
        setStatus({ ok: false, text: `لم يُضف شيء: ${await failureOf(response)}` });
        return;
      }
      const result = (await response.json()) as AddSourcesResponse;
      setStatus({ ok: true, text: done(result) });
      form?.reset();
      await queryClient.invalidateQueries({ queryKey: queryKeys.sources() });
    } catch {
      setStatus({ ok: false, text: "تعذّر الاتصال بالخادم." });
    } finally {
      setPending(false);
    }
  }

  const postJson = (body: unknown) => () =>
    fetch("/api/sources", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  function addLinks(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const links = String(new FormData(form).get("links") ?? "");
    void send(postJson({ links }), (result) => `أُضيف ${result.sources.length} رابط إلى قائمة الانتظار.`, form);
  }

  function addFeed(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    void send(postJson({ feed: values.get("feed"), every: values.get("every") }), () => "أُضيفت الخلاصة، وستُقرأ الآن ثم وفق جدولها.", form);
  }

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = new FormData();
    for (const file of files) body.append("files", file);
    void send(
      () => fetch("/api/uploads", { method: "POST", body }),
      (result) => {
        const refused = result.problems?.length ? ` ورُفض ${result.problems.length}: ${result.problems.map((p) => `${p.file} (${p.message})`).join("، ")}` : "";
        return `رُفع ${result.sources.length} ملف${refused}.`;
      },
      form,
    ).then(() => setFiles([]));
  }

  return (
    <div className="mx-auto flex max-w-[1100px] flex-col gap-4 px-3 py-4 sm:px-4">
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-medium ${status?.ok === false ? "text-red-700 dark:text-red-300" : ""}`}>
        {status?.text}
      </p>
      <div className="grid gap-4 lg:grid-cols-3">
        <Panel title="إضافة روابط">
          <form onSubmit={addLinks} className="flex flex-col gap-3">
            <label className="flex flex-col gap-1 text-sm font-medium">
              روابط المقالات (رابط في كل سطر)
              <textarea name="links" rows={4} required dir="ltr" className={field} placeholder="https://" />
            </label>
            <button type="submit" disabled={pending} className={button}>أضف الروابط</button>
          </form>
        </Panel>
        <Panel title="إضافة خلاصة">
          <form onSubmit={addFeed} className="flex flex-col gap-3">
            <label className="flex flex-col gap-1 text-sm font-medium">
              رابط الخلاصة (RSS أو Atom)
              <input name="feed" type="url" required dir="ltr" className={field} placeholder="https://" />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              تُقرأ كل
              <select name="every" defaultValue="30m" className={field}>
                {INTERVALS.map(([value, label]) => (
                  <option key={value} value={value}>{label}</option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={pending} className={button}>أضف الخلاصة</button>
          </form>
        </Panel>
        <Panel title="رفع ملفات">
          <form onSubmit={upload} className="flex flex-col gap-3">
            <label
              className={`flex flex-col gap-1 rounded-md border-2 border-dashed p-3 text-sm font-medium ${dragging ? "border-accent" : "border-line"}`}
              onDragOver={(event) => {
                event.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(event) => {
                event.preventDefault();
                setDragging(false);
                setFiles([...event.dataTransfer.files]);
              }}
            >
              ملفات ‎.txt‎ أو ‎.html‎ (اخترها أو أفلتها هنا)
              <input name="files" type="file" multiple accept=".txt,.html,.htm,text/plain,text/html" className="text-sm" onChange={(event) => setFiles([...(event.target.files ?? [])])} />
            </label>
            {files.length > 0 && <p className="text-sm text-muted">{files.length} ملف: {files.map((file) => file.name).join("، ")}</p>}
            <button type="submit" disabled={pending || files.length === 0} className={button}>ارفع الملفات</button>
          </form>
        </Panel>
      </div>
      <FeedList feeds={data.feeds} />
      <SourceList sources={data.sources} />
    </div>
  );
}

function FeedList({ feeds }: { feeds: FeedItem[] }) {
  return (
    <Panel title="الخلاصات">
      {feeds.length === 0 ? (
        <p className="text-sm text-muted">لا خلاصات بعد.</p>
      ) : (
        <ul aria-label="الخلاصات" className="flex flex-col gap-3">
          {feeds.map((feed) => (
            <li key={feed.id} className="border-b border-line pb-2 last:border-0">
              <p className="font-medium">{feed.title ?? <bdi dir="ltr">{feed.url}</bdi>}</p>
              {feed.title && <p className="text-xs text-muted"><bdi dir="ltr">{feed.url}</bdi></p>}
              <p className="text-sm text-muted">
                كل {feed.everyMinutes} دقيقة · آخر نجاح: {formatTime(feed.lastSuccessAt)} · عناصر رُصدت: {feed.itemsSeen} · مقالات أُضيفت: {feed.articlesAdded}
              </p>
              {feed.lastError && <p className="text-sm text-red-700 dark:text-red-300">آخر خطأ ({formatTime(feed.lastErrorAt)}): <bdi dir="ltr">{feed.lastError}</bdi></p>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function SourceList({ sources }: { sources: SourceItem[] }) {
  return (
    <Panel title="آخر العناصر">
      {sources.length === 0 ? (
        <p className="text-sm text-muted">لم يُضف شيء بعد.</p>
      ) : (
        <ul aria-label="العناصر" className="flex flex-col gap-3">
          {sources.map((source) => (
            <li key={source.id} aria-label={source.label} className="flex flex-col gap-1 border-b border-line pb-2 last:border-0">
              <div className="flex flex-wrap items-center gap-2">
                <span data-state={source.state} className={`rounded px-2 py-0.5 text-xs font-bold ${source.state === "failed" ? "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200" : source.state === "stored" || source.state === "unchanged" ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200"}`}>
                  {STATE_LABELS[source.state]}
                </span>
                <bdi dir="ltr" className="break-all text-sm">{source.label}</bdi>
                {source.feedTitle && <span className="text-xs text-muted">من خلاصة «{source.feedTitle}»</span>}
              </div>
              {source.error && <p className="text-sm text-red-700 dark:text-red-300">السبب: <bdi dir="ltr">{source.error}</bdi></p>}
              {source.articleId && source.articleTitle && (
                <p className="text-sm">
                  المقال:{" "}
                  {source.events[0] ? <Link className="underline" href={timelineHref(source.events[0], source.articleId)}>{source.articleTitle}</Link> : source.articleTitle}
                  {source.state === "stored" && ` · ${source.eventsAdded} حدث جديد، ${source.eventsMerged} دُمج في أحداث سابقة`}
                </p>
              )}
              {source.events.length > 0 && (
                <ul aria-label={`أحداث ${source.articleTitle ?? source.label}`} className="flex flex-wrap gap-2 text-sm">
                  {source.events.map((event) => (
                    <li key={event.id}>
                      <Link className="underline" href={timelineHref(event)}>{event.title} <bdi dir="ltr">({event.start})</bdi></Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
