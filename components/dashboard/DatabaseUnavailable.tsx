// Shown instead of the dashboard when the database doesn't answer: plain Arabic, no internals.
export function DatabaseUnavailable() {
  return (
    <div role="alert" className="mx-auto mt-16 max-w-xl rounded-lg border border-line bg-panel p-8 text-center">
      <h2 className="text-xl font-bold">تعذّر الاتصال بقاعدة البيانات</h2>
      <p className="mt-2 text-muted">لا يمكن عرض الأحداث الآن. تأكّد من تشغيل الخادم بالأمر npm start ثم أعد تحميل الصفحة.</p>
    </div>
  );
}
