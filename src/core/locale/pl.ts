import type { Strings } from './strings.js';

/** Polish UI strings. */
export default {
  loading: 'Wczytywanie wydarzenia…',
  errorTitle: 'Nie można wyświetlić tego wydarzenia',
  errorHint: 'Sprawdź dane wydarzenia. Szczegóły znajdziesz w konsoli przeglądarki.',
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
    play: (caption) => (caption ? `Odtwórz film: ${caption}` : 'Odtwórz film'),
    video: 'Film',
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
  status: {
    cancelled: 'Odwołane',
    postponed: 'Przełożone',
    rescheduled: 'Nowy termin',
    movedOnline: 'Przeniesione do sieci',
    ended: 'Zakończone',
  },
  json: {
    'comma-brace': 'przecinek lub zamykający }',
    'comma-bracket': 'przecinek lub zamykający ]',
    colon: 'dwukropek',
    key: 'nazwa właściwości w cudzysłowie',
    quote: 'zamykający cudzysłów',
    escape: 'poprawna sekwencja ucieczki, np. \\" lub \\n',
    value: 'wartość (tekst w cudzysłowie, liczba, obiekt, lista, true, false lub null)',
    end: 'koniec danych',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Dane wydarzenia nie są poprawnym JSON-em: przecinek w wierszu ${a.line}, kolumnie ${a.column} stoi po ostatnim elemencie, tuż przed zamykającym ${a.close}; usuń ten przecinek.`,
    unclosed: (a) =>
      `Dane wydarzenia nie są poprawnym JSON-em: nawias ${a.bracket} otwarty w wierszu ${a.line}, kolumnie ${a.column} nigdzie nie jest zamknięty; dodaj zamykający ${a.close} tam, gdzie się kończy.`,
    unclosedText: (a) =>
      `Dane wydarzenia nie są poprawnym JSON-em: tekstowi w cudzysłowie, który zaczyna się w wierszu ${a.line}, kolumnie ${a.column}, brakuje zamykającego cudzysłowu przed końcem wiersza; dodaj brakujący ".`,
    singleQuotes: (a) =>
      `Dane wydarzenia nie są poprawnym JSON-em: w wierszu ${a.line}, kolumnie ${a.column} tekst jest w apostrofach; JSON wymaga podwójnego cudzysłowu, jak w "name": "…".`,
  },
  errors: {
    empty: () => 'Dane wydarzenia są puste.',
    json: (a) =>
      `Dane wydarzenia nie są poprawnym JSON-em: w wierszu ${a.line}, kolumnie ${a.column} oczekiwano: ${a.expected}` +
      (a.found ? `, a jest „${a.found}”.` : ', a tekst się tam kończy.'),
    notObject: () => 'Dane wydarzenia muszą być obiektem JSON z polami wydarzenia, np. {"name": …, "startDate": …}.',
    notEvent: (a) =>
      `@type: „${a.type}” nie jest wydarzeniem; oczekiwano Event lub rodzaju wydarzenia, np. BusinessEvent.`,
    noEvent: () => 'Dane nie zawierają wydarzenia: żaden element nie ma "@type": "Event".',
    noName: (a) => `${a.path}: wydarzenie nie ma nazwy; dodaj "name": "…".`,
    fetch: (a) => `Nie udało się wczytać danych wydarzenia z ${a.url}: ${a.cause}.`,
    status: (a) => `Nie udało się wczytać danych wydarzenia z ${a.url}: serwer odpowiedział kodem ${a.status}.`,
    // w ciągu 1 sekundy; w ciągu 2, 5, 22 sekund
    timeout: (a) =>
      `Nie udało się wczytać danych wydarzenia z ${a.url}: brak odpowiedzi w ciągu ${a.seconds} ${({ few: 'sekund', many: 'sekund' } as Record<string, string>)[new Intl.PluralRules('pl').select(Number(a.seconds))] ?? 'sekundy'}.`,
    body: (a) => `Plik pod adresem ${a.url} nie jest JSON-em (zaczyna się od „${a.found}”).`,
    noBlock: (a) =>
      `src="${a.id}": na stronie nie ma <script type="application/ld+json"> z id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: żadne z ${a.count} wydarzeń w danych nie ma tej wartości; podaj @id, url lub identifier jednego z nich albo jego pozycję od 0 jako event-index.`,
    objectAttr: () =>
      'Atrybut event zawiera „[object Object]”: do atrybutu zapisano obiekt. Zamiast tego ustaw właściwość event elementu (we frameworku: zarejestruj elementy przed ich wyrenderowaniem).',
    emptyEvent: () =>
      'Atrybut event jest pusty: wstaw do niego JSON-LD wydarzenia albo usuń go i podaj src lub <script type="application/ld+json"> wewnątrz elementu.',
    emptySrc: () =>
      'Atrybut src jest pusty: podaj adres URL pliku JSON-LD albo #id elementu <script type="application/ld+json"> na stronie.',
    noData: () =>
      'Brak danych wydarzenia: podaj JSON-LD wydarzenia w atrybucie event, adres URL lub #id w src albo <script type="application/ld+json"> wewnątrz elementu.',
    notBlock: (a) =>
      `src="${a.id}" wskazuje ${a.found}, a nie <script type="application/ld+json">: umieść JSON-LD wydarzenia w <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Dane wydarzenia pod adresem ${a.url} mają ponad ${new Intl.NumberFormat('pl').format(Number(a.mb))} MB, a więcej nie jest wczytywane; wydarzeniu wystarczy kilka kilobajtów.`,
    tooDeep: () =>
      'Dane wydarzenia są zagnieżdżone zbyt głęboko, by je odczytać (listy lub obiekty jedne w drugich na tysiące poziomów); wydarzeniu wystarczy kilka poziomów.',
  },
} satisfies Strings;
