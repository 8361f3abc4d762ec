import type { Strings } from './strings.js';

/** Russian UI strings. */
export default {
  loading: 'Загрузка события…',
  errorTitle: 'Не удаётся показать событие',
  errorHint: 'Проверьте данные события. Подробности — в консоли браузера.',
  details: 'Подробнее',
  tickets: 'Билеты',
  register: 'Регистрация',
  soldOut: 'Билеты проданы',
  map: 'Карта',
  joinOnline: 'Подключиться онлайн',
  online: 'Онлайн',
  more: 'Показать полностью',
  less: 'Свернуть',
  addToCalendar: 'Добавить в календарь',
  calendarIcs: 'Apple Календарь, Outlook (файл .ics)',
  calendarGoogle: 'Google Календарь',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'В рамках',
  organizers: {
    organizer: 'Организаторы',
    sponsor: 'Спонсоры',
    funder: 'Финансовая поддержка',
    pause: 'Пауза',
    play: 'Продолжить',
  },
  agenda: {
    now: 'Сейчас',
    next: 'Далее',
    zone: (zone) => `Время: ${zone}`,
    day: 'День',
    allDays: 'Все дни',
    room: 'Зал',
    allRooms: 'Все залы',
    search: 'Поиск по названиям и спикерам',
    shown: (n, total) => `Показано ${n} из ${total}`,
  },
  gallery: {
    title: 'Фотогалерея',
    open: (i, n) => `Открыть фото ${i} из ${n}`,
    photo: (i, n) => `Фото ${i} из ${n}`,
    // 1, 21 фотографию; 2–4, 22 фотографии; 5–20, 25 фотографий; 1,5 фотографии
    showAll: (n) =>
      `Показать все ${n} ${({ one: 'фотографию', few: 'фотографии', many: 'фотографий' } as Record<string, string>)[new Intl.PluralRules('ru').select(n)] ?? 'фотографии'}`,
    close: 'Закрыть',
    prev: 'Предыдущее фото',
    next: 'Следующее фото',
    loading: 'Загрузка фото…',
    failed: 'Не удалось загрузить фото.',
    play: (caption) => (caption ? `Воспроизвести видео: ${caption}` : 'Воспроизвести видео'),
    video: 'Видео',
  },
  announcement: {
    agenda: 'Программа',
    gallery: 'Фотогалерея',
  },
  status: {
    cancelled: 'Отменено',
    postponed: 'Перенесено',
    rescheduled: 'Новая дата',
    movedOnline: 'Перенесено в онлайн',
    ended: 'Завершилось',
  },
  json: {
    'comma-brace': 'запятая или закрывающая }',
    'comma-bracket': 'запятая или закрывающая ]',
    colon: 'двоеточие',
    key: 'имя свойства в двойных кавычках',
    quote: 'закрывающая двойная кавычка',
    escape: 'допустимая escape-последовательность, например \\" или \\n',
    value: 'значение (текст в двойных кавычках, число, объект, список, true, false или null)',
    end: 'конец данных',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Данные события — не корректный JSON: запятая в строке ${a.line}, позиции ${a.column} стоит после последнего элемента, прямо перед закрывающей ${a.close}; удалите эту запятую.`,
    unclosed: (a) =>
      `Данные события — не корректный JSON: скобка ${a.bracket}, открытая в строке ${a.line}, позиции ${a.column}, нигде не закрыта; добавьте закрывающую ${a.close} там, где она кончается.`,
    unclosedText: (a) =>
      `Данные события — не корректный JSON: у текста в двойных кавычках, который начинается в строке ${a.line}, позиции ${a.column}, нет закрывающей кавычки до конца строки; добавьте недостающую ".`,
    singleQuotes: (a) =>
      `Данные события — не корректный JSON: в строке ${a.line}, позиции ${a.column} текст в одинарных кавычках; в JSON нужны двойные, например "name": "…".`,
  },
  errors: {
    empty: () => 'Данные события пусты.',
    json: (a) =>
      `Данные события — не корректный JSON: в строке ${a.line}, позиции ${a.column} ожидается ${a.expected}` +
      (a.found ? `, а стоит «${a.found}».` : ', а текст на этом кончается.'),
    notObject: () => 'Данные события должны быть JSON-объектом с полями события, например {"name": …, "startDate": …}.',
    notEvent: (a) => `@type: «${a.type}» — не событие; нужен Event или разновидность события, например BusinessEvent.`,
    noEvent: () => 'В данных нет события: ни у одного элемента нет "@type": "Event".',
    noName: (a) => `${a.path}: у события нет названия; добавьте "name": "…".`,
    fetch: (a) => `Не удалось загрузить данные события с ${a.url}: ${a.cause}.`,
    status: (a) => `Не удалось загрузить данные события с ${a.url}: сервер ответил ${a.status}.`,
    timeout: (a) => `Не удалось загрузить данные события с ${a.url}: нет ответа за ${a.seconds} с.`,
    body: (a) => `Файл ${a.url} — не JSON (он начинается с «${a.found}»).`,
    noBlock: (a) =>
      `src="${a.id}": на странице нет <script type="application/ld+json"> с id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: ни у одного из ${a.count} событий в данных нет такого значения; укажите @id, url или identifier одного из них либо его номер, считая с 0, в event-index.`,
    objectAttr: () =>
      'Атрибут event содержит «[object Object]»: в атрибут записан объект. Передайте данные через свойство event (во фреймворке — зарегистрируйте элементы до отрисовки).',
    emptyEvent: () =>
      'Атрибут event пуст: вставьте в него JSON-LD события или уберите его и укажите src либо <script type="application/ld+json"> внутри элемента.',
    emptySrc: () =>
      'Атрибут src пуст: укажите URL файла JSON-LD или #id элемента <script type="application/ld+json"> на странице.',
    noData: () =>
      'Нет данных события: передайте JSON-LD события в атрибуте event, URL или #id в src либо поместите <script type="application/ld+json"> внутрь элемента.',
    notBlock: (a) =>
      `src="${a.id}" указывает на ${a.found}, а не на <script type="application/ld+json">: поместите JSON-LD события в <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Данные события по адресу ${a.url} больше ${new Intl.NumberFormat('ru').format(Number(a.mb))} МБ — больше этого не читается; событию хватает нескольких килобайт.`,
    tooDeep: () =>
      'Данные события вложены слишком глубоко, их не прочесть (списки или объекты друг в друге на тысячи уровней); событию нужно лишь несколько уровней.',
  },
} satisfies Strings;
