import type { Strings } from './strings.js';

/** Latvian UI strings. */
export default {
  loading: 'Notiek pasākuma ielāde…',
  errorTitle: 'Šo pasākumu nevar parādīt',
  errorHint: 'Pārbaudiet pasākuma datus. Sīkāka informācija ir pārlūkprogrammas konsolē.',
  details: 'Sīkāk',
  tickets: 'Biļetes',
  register: 'Reģistrēties',
  soldOut: 'Izpārdots',
  map: 'Karte',
  joinOnline: 'Pievienoties tiešsaistē',
  online: 'Tiešsaistē',
  more: 'Rādīt vairāk',
  less: 'Rādīt mazāk',
  addToCalendar: 'Pievienot kalendāram',
  calendarIcs: 'Apple kalendārs, Outlook (.ics fails)',
  calendarGoogle: 'Google kalendārs',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'Daļa no',
  gallery: {
    title: 'Fotogalerija',
    open: (i, n) => `Atvērt ${i}. fotoattēlu no ${n}`,
    photo: (i, n) => `${i}. fotoattēls no ${n}`,
    // 1, 21 fotoattēlu; 0, 2–20, 22 fotoattēlus
    showAll: (n) =>
      new Intl.PluralRules('lv').select(n) === 'one' ? `Rādīt visu ${n} fotoattēlu` : `Rādīt visus ${n} fotoattēlus`,
    close: 'Aizvērt',
    prev: 'Iepriekšējais fotoattēls',
    next: 'Nākamais fotoattēls',
    loading: 'Notiek fotoattēla ielāde…',
    failed: 'Fotoattēlu neizdevās ielādēt.',
    play: (caption) => (caption ? `Atskaņot video: ${caption}` : 'Atskaņot video'),
    video: 'Video',
  },
  organizers: {
    organizer: 'Organizatori',
    sponsor: 'Sponsori',
    funder: 'Finansētāji',
    pause: 'Apturēt',
    play: 'Turpināt',
  },
  agenda: {
    now: 'Tagad',
    next: 'Nākamais',
    zone: (zone) => `Laika josla: ${zone}`,
    day: 'Diena',
    allDays: 'Visas dienas',
    room: 'Zāle',
    allRooms: 'Visas zāles',
    search: 'Meklēt nosaukumos un runātāju vārdos',
    shown: (n, total) => `Rāda ${n} no ${total}`,
  },
  announcement: {
    agenda: 'Programma',
    gallery: 'Foto',
  },
  status: {
    cancelled: 'Atcelts',
    postponed: 'Atlikts',
    rescheduled: 'Jauns datums',
    movedOnline: 'Notiks tiešsaistē',
    ended: 'Noslēdzies',
  },
  json: {
    'comma-brace': 'komats vai aizverošā }',
    'comma-bracket': 'komats vai aizverošā ]',
    colon: 'kols',
    key: 'īpašības nosaukums dubultpēdiņās',
    quote: 'aizverošās dubultpēdiņas',
    escape: 'derīga atsoļa (escape) virkne, piemēram, \\" vai \\n',
    value: 'vērtība (teksts dubultpēdiņās, skaitlis, objekts, saraksts, true, false vai null)',
    end: 'datu beigas',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Pasākuma dati nav derīgs JSON: komats ${a.line}. rindā, ${a.column}. kolonnā ir aiz pēdējā ieraksta, tieši pirms aizverošās ${a.close}; izdzēsiet šo komatu.`,
    unclosed: (a) =>
      `Pasākuma dati nav derīgs JSON: ${a.line}. rindā, ${a.column}. kolonnā atvērtā ${a.bracket} nekur netiek aizvērta; pievienojiet aizverošo ${a.close} tās beigās.`,
    unclosedText: (a) =>
      `Pasākuma dati nav derīgs JSON: tekstam dubultpēdiņās, kas sākas ${a.line}. rindā, ${a.column}. kolonnā, līdz rindas beigām trūkst aizverošo pēdiņu; pievienojiet trūkstošo ".`,
    singleQuotes: (a) =>
      `Pasākuma dati nav derīgs JSON: ${a.line}. rindā, ${a.column}. kolonnā teksts ir vienpēdiņās; JSON prasa dubultpēdiņas, piemēram, "name": "…".`,
  },
  errors: {
    empty: () => 'Pasākuma dati ir tukši.',
    json: (a) =>
      `Pasākuma dati nav derīgs JSON: ${a.line}. rindā, ${a.column}. kolonnā gaidīts: ${a.expected}` +
      (a.found ? `; atrasts: „${a.found}”.` : '; teksts tur beidzas.'),
    notObject: () => 'Pasākuma datiem jābūt JSON objektam ar pasākuma laukiem, piemēram, {"name": …, "startDate": …}.',
    notEvent: (a) => `@type: „${a.type}” nav pasākums; gaidīts Event vai kāds pasākuma veids, piemēram, BusinessEvent.`,
    noEvent: () => 'Datos nav pasākuma: nevienam elementam nav "@type": "Event".',
    noName: (a) => `${a.path}: pasākumam nav nosaukuma; pievienojiet "name": "…".`,
    fetch: (a) => `Pasākuma datus neizdevās ielādēt no ${a.url}: ${a.cause}.`,
    status: (a) => `Pasākuma datus neizdevās ielādēt no ${a.url}: serveris atbildēja ar kodu ${a.status}.`,
    // 1, 21 sekundes laikā; 15 sekunžu laikā
    timeout: (a) =>
      `Pasākuma datus neizdevās ielādēt no ${a.url}: ${a.seconds} ${new Intl.PluralRules('lv').select(Number(a.seconds)) === 'one' ? 'sekundes' : 'sekunžu'} laikā netika saņemta atbilde.`,
    body: (a) => `Fails adresē ${a.url} nav JSON (tas sākas ar „${a.found}”).`,
    noBlock: (a) => `src="${a.id}": lapā nav <script type="application/ld+json"> ar id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: nevienam no ${a.count} pasākumiem datos nav šādas vērtības; norādiet kāda no tiem @id, url vai identifier vai tā kārtas numuru no 0 kā event-index.`,
    objectAttr: () =>
      'Atribūtā event ir „[object Object]”: atribūtā ierakstīts objekts. Tā vietā iestatiet elementa īpašību event (ietvarā: reģistrējiet elementus, pirms tie tiek attēloti).',
    emptyEvent: () =>
      'Atribūts event ir tukšs: ievietojiet tajā pasākuma JSON-LD vai noņemiet to un norādiet src vai <script type="application/ld+json"> elementa iekšpusē.',
    emptySrc: () =>
      'Atribūts src ir tukšs: norādiet JSON-LD faila URL vai lapā esoša <script type="application/ld+json"> #id.',
    noData: () =>
      'Nav pasākuma datu: norādiet pasākuma JSON-LD atribūtā event, URL vai #id atribūtā src vai <script type="application/ld+json"> elementa iekšpusē.',
    notBlock: (a) =>
      `src="${a.id}" norāda uz ${a.found}, nevis uz <script type="application/ld+json">: ievietojiet pasākuma JSON-LD elementā <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Pasākuma dati adresē ${a.url} ir lielāki par ${new Intl.NumberFormat('lv').format(Number(a.mb))} MB, un vairāk netiek nolasīts; pasākumam pietiek ar dažiem kilobaitiem.`,
    tooDeep: () =>
      'Pasākuma dati ir pārāk dziļi ligzdoti, lai tos nolasītu (saraksti vai objekti cits citā tūkstošiem līmeņu dziļi); pasākumam pietiek ar dažiem līmeņiem.',
  },
} satisfies Strings;
