import type { UiStrings } from './strings.js';

/** Russian UI strings. */
export default {
  loading: 'Загрузка события…',
  errorTitle: 'Не удаётся показать событие',
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
  },
  announcement: {
    agenda: 'Программа',
    gallery: 'Фотогалерея',
  },
  time: {
    starts: (rel) => `Начнётся ${rel}`,
    now: 'Идёт сейчас',
  },
  status: {
    cancelled: 'Отменено',
    postponed: 'Перенесено',
    rescheduled: 'Новая дата',
    movedOnline: 'Перенесено в онлайн',
    ended: 'Завершилось',
  },
} satisfies UiStrings;
