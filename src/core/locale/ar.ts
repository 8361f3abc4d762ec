import type { Strings } from './strings.js';

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
  errorHint: 'تحقّق من بيانات الفعالية. التفاصيل في وحدة التحكم (Console) في المتصفح.',
  details: 'التفاصيل',
  tickets: 'التذاكر',
  register: 'التسجيل',
  soldOut: 'نفدت التذاكر',
  map: 'الخريطة',
  joinOnline: 'الانضمام عبر الإنترنت',
  online: 'عبر الإنترنت',
  more: 'عرض المزيد',
  less: 'عرض أقل',
  addToCalendar: 'إضافة إلى التقويم',
  calendarIcs: `تقويم Apple، Outlook (ملف ${ltr('.ics')})`,
  calendarGoogle: 'تقويم Google',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'جزء من',
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
  status: {
    cancelled: 'أُلغيت',
    postponed: 'أُجّلت',
    rescheduled: 'موعد جديد',
    movedOnline: 'نُقلت إلى الإنترنت',
    ended: 'انتهت',
  },
  json: {
    'comma-brace': `فاصلة أو قوس إغلاق ${ltr('}')}`,
    'comma-bracket': `فاصلة أو قوس إغلاق ${ltr(']')}`,
    colon: `نقطتان رأسيتان ${ltr(':')}`,
    key: 'اسم خاصية بين علامتَي تنصيص مزدوجتين',
    quote: 'علامة تنصيص مزدوجة للإغلاق',
    escape: `تسلسل هروب صالح مثل ${ltr('\\"')} أو ${ltr('\\n')}`,
    value: 'قيمة (نص بين علامتَي تنصيص مزدوجتين، أو رقم، أو كائن، أو قائمة، أو true أو false أو null)',
    end: 'نهاية البيانات',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `بيانات الفعالية ليست JSON صالحًا: الفاصلة في السطر ${a.line}، العمود ${a.column} تأتي بعد آخر عنصر، قبل ${ltr(String(a.close))} الإغلاق مباشرةً؛ احذف هذه الفاصلة.`,
    unclosed: (a) =>
      `بيانات الفعالية ليست JSON صالحًا: القوس ${ltr(String(a.bracket))} المفتوح في السطر ${a.line}، العمود ${a.column} لا يُغلق أبدًا؛ أضف ${ltr(String(a.close))} الإغلاق حيث ينتهي.`,
    unclosedText: (a) =>
      `بيانات الفعالية ليست JSON صالحًا: النص بين علامتَي التنصيص الذي يبدأ في السطر ${a.line}، العمود ${a.column} ليس له علامة تنصيص للإغلاق قبل نهاية سطره؛ أضف علامة " الناقصة.`,
    singleQuotes: (a) =>
      `بيانات الفعالية ليست JSON صالحًا: في السطر ${a.line}، العمود ${a.column} نص بين علامتَي تنصيص مفردتين؛ يتطلب JSON علامات مزدوجة، كما في ${ltr('"name": "…"')}.`,
  },
  errors: {
    empty: () => 'بيانات الفعالية فارغة.',
    json: (a) =>
      `بيانات الفعالية ليست JSON صالحًا: في السطر ${a.line}، العمود ${a.column} يُتوقَّع ${a.expected}` +
      (a.found ? `، لكن الموجود هو «${ltr(a.found)}».` : '، لكن النص ينتهي هناك.'),
    notObject: () =>
      `يجب أن تكون بيانات الفعالية كائن JSON يحتوي على حقول الفعالية، مثل ${ltr('{"name": …, "startDate": …}')}.`,
    notEvent: (a) =>
      `${ltr(`@type: «${a.type}»`)} ليس فعالية؛ المتوقَّع Event أو نوع من أنواع الفعاليات مثل BusinessEvent.`,
    noEvent: () => `لا تحتوي البيانات على أي فعالية: لا يوجد عنصر فيه ${ltr('"@type": "Event"')}.`,
    noName: (a) => `${ltr(a.path)}: الفعالية بلا اسم؛ أضف ${ltr('"name": "…"')}.`,
    fetch: (a) => `تعذّر تحميل بيانات الفعالية من ${ltr(a.url)}: ${ltr(a.cause)}.`,
    status: (a) => `تعذّر تحميل بيانات الفعالية من ${ltr(a.url)}: ردّ الخادم بالرمز ${a.status}.`,
    // 1: ثانية واحدة; 2: ثانيتين; 3–10: ثوانٍ; 11 and more: ثانية
    timeout: (a) =>
      `تعذّر تحميل بيانات الفعالية من ${ltr(a.url)}: لم يصل أي رد خلال ${({ one: 'ثانية واحدة', two: 'ثانيتين', few: `${a.seconds} ثوانٍ` } as Record<string, string>)[new Intl.PluralRules('ar').select(Number(a.seconds))] ?? `${a.seconds} ثانية`}.`,
    body: (a) => `الملف في ${ltr(a.url)} ليس JSON (يبدأ بـ«${ltr(a.found)}»).`,
    noBlock: (a) =>
      `${ltr(`src="${a.id}"`)}: لا يوجد في الصفحة ${ltr('<script type="application/ld+json">')} له ${ltr(`id="${String(a.id).slice(1)}"`)}.`,
    noSuchEvent: (a) =>
      `${a.which}: لا يحمل أيٌّ من الأحداث الـ${a.count} في البيانات هذه القيمة؛ اذكر @id أو url أو identifier لأحدها، أو موضعه بدءًا من 0 في event-index.`,
    objectAttr: () =>
      `تحتوي السمة event على «${ltr('[object Object]')}»: كُتب كائن في السمة. عيّن الخاصية event للعنصر بدلًا من ذلك (في أطر العمل: سجّل العناصر قبل عرضها).`,
    emptyEvent: () =>
      `السمة event فارغة: ضع فيها بيانات JSON-LD للفعالية، أو احذفها وحدّد src أو ${ltr('<script type="application/ld+json">')} داخل العنصر.`,
    emptySrc: () =>
      `السمة src فارغة: حدّد عنوان URL لملف JSON-LD، أو ${ltr('#id')} لعنصر ${ltr('<script type="application/ld+json">')} في الصفحة.`,
    noData: () =>
      `لا توجد بيانات للفعالية: ضع بيانات JSON-LD للفعالية في السمة event، أو عنوان URL أو ${ltr('#id')} في src، أو ${ltr('<script type="application/ld+json">')} داخل العنصر.`,
    notBlock: (a) =>
      `${ltr(`src="${a.id}"`)} يشير إلى ${ltr(a.found)}، لا إلى ${ltr('<script type="application/ld+json">')}: ضع بيانات JSON-LD للفعالية في ${ltr(`<script type="application/ld+json" id="${String(a.id).slice(1)}">`)}.`,
    tooBig: (a) =>
      `بيانات الفعالية في ${ltr(a.url)} أكبر من ${num(Number(a.mb))} ميغابايت، ولا يُقرأ أكثر من ذلك؛ تكفي الفعالية بضعة كيلوبايتات.`,
    tooDeep: () =>
      'بيانات الفعالية متداخلة بعمق يتعذّر معه قراءتها (قوائم أو كائنات بعضها داخل بعض بآلاف المستويات)؛ لا تحتاج الفعالية إلا إلى مستويات قليلة.',
  },
} satisfies Strings;
