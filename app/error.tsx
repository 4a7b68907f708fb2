"use client";

// Any error the page didn't handle itself: a plain Arabic message, never a stack trace.
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl p-8 text-center">
      <h1 className="text-xl font-bold">تعذّر عرض الصفحة</h1>
      <p className="mt-2 text-muted">حدث خطأ غير متوقع. حاول مرة أخرى بعد قليل.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-accent px-4 py-2 text-accent-ink">
        إعادة المحاولة
      </button>
    </main>
  );
}
