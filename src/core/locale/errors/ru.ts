import type { ErrorStrings } from '../strings.js';

/** Russian sentences for problems with the event data: loaded only when there is one. */
export default {
  errorHint: 'Проверьте данные события. Подробности — в консоли браузера.',
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
} satisfies ErrorStrings;
