import type { UiStrings } from './strings.js';

/** Polish UI strings. */
export default {
  loading: 'Wczytywanie wydarzenia…',
  errorTitle: 'Nie można wyświetlić tego wydarzenia',
  details: 'Szczegóły',
  tickets: 'Bilety',
  register: 'Zarejestruj się',
  soldOut: 'Bilety wyprzedane',
  map: 'Mapa',
  joinOnline: 'Dołącz online',
  online: 'Online',
  more: 'Pokaż więcej',
  less: 'Pokaż mniej',
  addToCalendar: 'Dodaj do kalendarza',
  calendarIcs: 'Kalendarz Apple, Outlook (plik .ics)',
  calendarGoogle: 'Kalendarz Google',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'W ramach',
  gallery: {
    title: 'Galeria zdjęć',
    open: (i, n) => `Otwórz zdjęcie ${i} z ${n}`,
    photo: (i, n) => `Zdjęcie ${i} z ${n}`,
    // 1 zdjęcie; 2–4, 22 zdjęcia; 5–21, 25 zdjęć; 1,5 zdjęcia
    showAll: (n) =>
      `Pokaż ${({ one: `${n} zdjęcie`, few: `wszystkie ${n} zdjęcia`, many: `wszystkie ${n} zdjęć` } as Record<string, string>)[new Intl.PluralRules('pl').select(n)] ?? `wszystkie ${n} zdjęcia`}`,
    close: 'Zamknij',
    prev: 'Poprzednie zdjęcie',
    next: 'Następne zdjęcie',
    loading: 'Wczytywanie zdjęcia…',
    failed: 'Nie udało się wczytać zdjęcia.',
  },
  organizers: {
    organizer: 'Organizatorzy',
    sponsor: 'Sponsorzy',
    funder: 'Finansowanie',
    pause: 'Wstrzymaj',
    play: 'Wznów',
  },
  agenda: {
    now: 'Teraz',
    next: 'Następne',
    zone: (zone) => `Strefa czasowa: ${zone}`,
    day: 'Dzień',
    allDays: 'Wszystkie dni',
    room: 'Sala',
    allRooms: 'Wszystkie sale',
    search: 'Szukaj w tytułach i prelegentach',
    shown: (n, total) => `Wyświetlono ${n} z ${total}`,
  },
  announcement: {
    agenda: 'Program',
    gallery: 'Zdjęcia',
  },
  time: {
    starts: (rel) => `Zaczyna się ${rel}`,
    now: 'Trwa teraz',
  },
  status: {
    cancelled: 'Odwołane',
    postponed: 'Przełożone',
    rescheduled: 'Nowy termin',
    movedOnline: 'Przeniesione do sieci',
    ended: 'Zakończone',
  },
} satisfies UiStrings;
