"use client";
// Email and password to /api/auth/sign-in/email (Better Auth); on success the page reloads where
// the reader was going, so server components render with the session.
import { useState, type FormEvent } from "react";

const MESSAGES: Record<number, string> = {
  401: "البريد الإلكتروني أو كلمة المرور غير صحيحة.",
  403: "رُفض الطلب: افتح صفحة الدخول من هذا الموقع نفسه.",
  429: "محاولات دخول كثيرة من هذا العنوان. انتظر دقيقة ثم حاول مجددًا.",
};

export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      setError(MESSAGES[response.status] ?? `تعذّر الدخول (رمز الخطأ ${response.status}).`);
    } catch {
      setError("تعذّر الاتصال بالخادم.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <label className="flex flex-col gap-1 text-sm font-medium">
        البريد الإلكتروني
        <input name="email" type="email" autoComplete="username" required dir="ltr" className="rounded-md border border-line bg-panel px-3 py-2 text-base font-normal" />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        كلمة المرور
        <input name="password" type="password" autoComplete="current-password" required dir="ltr" className="rounded-md border border-line bg-panel px-3 py-2 text-base font-normal" />
      </label>
      <p role="alert" className="min-h-6 text-sm font-medium text-red-700 dark:text-red-300">{error}</p>
      <button type="submit" disabled={pending} className="rounded-md bg-accent px-4 py-2 font-bold text-accent-ink disabled:opacity-60">
        {pending ? "جارٍ الدخول…" : "دخول"}
      </button>
    </form>
  );
}
