import type { UiStrings } from './strings.js';

/**
 * Code and data inside Arabic sentences, isolated left-to-right (U+2066 … U+2069) so that
 * brackets, quotes and `<…>` keep their shape and order in right-to-left text.
 */
const ltr = (s: unknown) => `\u2066${s}\u2069`;
/** Counts shown to readers in the digits the dates use. */
const num = (n: number) => new Intl.NumberFormat('ar').format(n);

/** Arabic UI strings (Modern Standard Arabic; the widgets mirror under dir="rtl"). */
export default {
  loading: 'جارٍ تحميل الفعالية…',
  errorTitle: 'تعذّر عرض هذه الفعالية',
  details: 'التفاصيل',
  tickets: 'التذاكر',
  register: 'التسجيل',
  soldOut: 'نفدت التذاكر',
  map: 'الخريطة',
  joinOnline: 'الانضمام عبر الإنترنت',
  online: 'عبر الإنترنت',
  mixed: 'عبر الإنترنت وحضوريًا',
  yourTime: 'توقيتك',
  organizedBy: (n) => (n === 1 ? 'المنظِّم:' : 'المنظِّمون:'),
  was: (date) => `سابقًا ${date}`,
  more: 'عرض المزيد',
  less: 'عرض أقل',
  addToCalendar: 'إضافة إلى التقويم',
  calendarIcs: `تقويم Apple، Outlook (ملف ${ltr('.ics')})`,
  calendarGoogle: 'تقويم Google',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'جزء من',
  schedule: {
    daily: (n) => (n === 1 ? 'كل يوم' : `كل ${n} أيام`),
    weekly: (days, n) => (n === 1 ? `كل أسبوع: ${days}` : `كل ${n} أسابيع: ${days}`),
    monthly: (days, n) => (n === 1 ? `كل شهر: ${days}` : `كل ${n} أشهر: ${days}`),
    yearly: (n) => (n === 1 ? 'كل سنة' : `كل ${n} سنوات`),
    nth: (n, day) => (n < 0 ? `آخر ${day} من الشهر` : `${day} رقم ${n} من الشهر`),
    monthDays: (days) => `اليوم ${days}`,
    until: (date) => `حتى ${date}`,
    next: 'المواعيد القادمة',
    doors: (time) => `فتح الأبواب ${time}`,
  },
  offers: {
    free: 'مجاني',
    from: (price) => `ابتداءً من ${price}`,
    inStock: 'متوفر',
    preOrder: 'طلب مسبق',
    limited: 'الكمية محدودة',
    onSaleFrom: (date) => `يبدأ البيع في ${date}`,
    onSaleUntil: (date) => `البيع حتى ${date}`,
    ended: 'انتهى البيع',
  },
  gallery: {
    title: 'معرض الصور',
    open: (i, n) => `فتح الصورة ${num(i)} من ${num(n)}`,
    photo: (i, n) => `الصورة ${num(i)} من ${num(n)}`,
    // 1: الصورة; 2: الصورتين; otherwise "all the n photos"
    showAll: (n) =>
      (({ one: 'عرض الصورة', two: 'عرض الصورتين' }) as Record<string, string>)[new Intl.PluralRules('ar').select(n)] ??
      `عرض جميع الصور الـ${num(n)}`,
    close: 'إغلاق',
    prev: 'الصورة السابقة',
    next: 'الصورة التالية',
    loading: 'جارٍ تحميل الصورة…',
    failed: 'تعذّر تحميل الصورة.',
    play: (caption) => (caption ? `تشغيل الفيديو: ${caption}` : 'تشغيل الفيديو'),
    video: 'فيديو',
  },
  organizers: {
    organizer: 'المنظمون',
    sponsor: 'الرعاة',
    funder: 'الجهات المموّلة',
    pause: 'إيقاف مؤقت',
    play: 'متابعة',
  },
  agenda: {
    calendar: 'إضافة البرنامج كاملًا إلى التقويم',
    now: 'الآن',
    next: 'التالي',
    zone: (zone) => `المنطقة الزمنية: ${zone}`,
    day: 'اليوم',
    allDays: 'كل الأيام',
    room: 'القاعة',
    allRooms: 'كل القاعات',
    search: 'البحث في العناوين وأسماء المتحدثين',
    shown: (n, total) => `يُعرض ${num(n)} من ${num(total)}`,
  },
  announcement: {
    agenda: 'البرنامج',
    gallery: 'الصور',
  },
  speakers: {
    with: 'بمشاركة',
    speakers: 'المتحدثون',
    performers: 'المؤدّون',
    sessions: 'الجلسات',
  },
  share: 'مشاركة',
  copied: 'تم نسخ الرابط',
  copyLink: 'انسخ هذا الرابط:',
  time: {
    starts: (rel) => `يبدأ ${rel}`,
    now: 'جارٍ الآن',
  },
  status: {
    cancelled: 'أُلغيت',
    postponed: 'أُجّلت',
    rescheduled: 'موعد جديد',
    movedOnline: 'نُقلت إلى الإنترنت',
    ended: 'انتهت',
  },
} satisfies UiStrings;
