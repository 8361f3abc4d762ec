import type { Strings } from './strings.js';

/** Lithuanian UI strings. */
export default {
  loading: 'Įkeliamas renginys…',
  errorTitle: 'Šio renginio parodyti negalima',
  errorHint: 'Patikrinkite renginio duomenis. Išsami informacija – naršyklės konsolėje.',
  details: 'Išsamiau',
  tickets: 'Bilietai',
  register: 'Registruotis',
  soldOut: 'Išparduota',
  map: 'Žemėlapis',
  joinOnline: 'Prisijungti internetu',
  online: 'Internetu',
  more: 'Rodyti daugiau',
  less: 'Rodyti mažiau',
  addToCalendar: 'Pridėti į kalendorių',
  calendarIcs: 'Apple kalendorius, Outlook (.ics failas)',
  calendarGoogle: 'Google kalendorius',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'Renginio dalis',
  gallery: {
    title: 'Nuotraukų galerija',
    open: (i, n) => `Atidaryti nuotrauką ${i} iš ${n}`,
    photo: (i, n) => `Nuotrauka ${i} iš ${n}`,
    // 1, 21 nuotrauką; 2–9, 22 nuotraukas; 10–20, 30 nuotraukų
    showAll: (n) =>
      `Rodyti ${({ one: `${n} nuotrauką`, few: `visas ${n} nuotraukas` } as Record<string, string>)[new Intl.PluralRules('lt').select(n)] ?? `visas ${n} nuotraukų`}`,
    close: 'Uždaryti',
    prev: 'Ankstesnė nuotrauka',
    next: 'Kita nuotrauka',
    loading: 'Įkeliama nuotrauka…',
    failed: 'Nuotraukos įkelti nepavyko.',
    play: (caption) => (caption ? `Paleisti vaizdo įrašą: ${caption}` : 'Paleisti vaizdo įrašą'),
    video: 'Vaizdo įrašas',
  },
  organizers: {
    organizer: 'Organizatoriai',
    sponsor: 'Rėmėjai',
    funder: 'Finansuotojai',
    pause: 'Pristabdyti',
    play: 'Tęsti',
  },
  agenda: {
    now: 'Dabar',
    next: 'Toliau',
    zone: (zone) => `Laiko juosta: ${zone}`,
    day: 'Diena',
    allDays: 'Visos dienos',
    room: 'Salė',
    allRooms: 'Visos salės',
    search: 'Ieškoti pagal pavadinimą ir pranešėją',
    shown: (n, total) => `Rodoma ${n} iš ${total}`,
  },
  announcement: {
    agenda: 'Programa',
    gallery: 'Nuotraukos',
  },
  status: {
    cancelled: 'Atšaukta',
    postponed: 'Atidėta',
    rescheduled: 'Nauja data',
    movedOnline: 'Vyks internetu',
    ended: 'Pasibaigė',
  },
  json: {
    'comma-brace': 'kablelis arba uždaromasis }',
    'comma-bracket': 'kablelis arba uždaromasis ]',
    colon: 'dvitaškis',
    key: 'savybės pavadinimas dvigubose kabutėse',
    quote: 'uždaromosios dvigubos kabutės',
    escape: 'tinkama valdymo (escape) seka, pvz., \\" arba \\n',
    value: 'reikšmė (tekstas dvigubose kabutėse, skaičius, objektas, sąrašas, true, false arba null)',
    end: 'duomenų pabaiga',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Renginio duomenys nėra tinkamas JSON: kablelis eilutėje ${a.line}, stulpelyje ${a.column} yra po paskutinio įrašo, prieš pat uždaromąjį ${a.close}; ištrinkite šį kablelį.`,
    unclosed: (a) =>
      `Renginio duomenys nėra tinkamas JSON: eilutėje ${a.line}, stulpelyje ${a.column} atidarytas ${a.bracket} niekur neuždarytas; jo pabaigoje pridėkite uždaromąjį ${a.close}.`,
    unclosedText: (a) =>
      `Renginio duomenys nėra tinkamas JSON: tekstui dvigubose kabutėse, prasidedančiam eilutėje ${a.line}, stulpelyje ${a.column}, iki eilutės pabaigos trūksta uždaromųjų kabučių; pridėkite trūkstamą ".`,
    singleQuotes: (a) =>
      `Renginio duomenys nėra tinkamas JSON: eilutėje ${a.line}, stulpelyje ${a.column} tekstas yra viengubose kabutėse; JSON reikia dvigubų, pavyzdžiui, "name": "…".`,
  },
  errors: {
    empty: () => 'Renginio duomenys tušti.',
    json: (a) =>
      `Renginio duomenys nėra tinkamas JSON: eilutėje ${a.line}, stulpelyje ${a.column} tikėtasi: ${a.expected}` +
      (a.found ? `, tačiau rasta „${a.found}“.` : ', tačiau tekstas ten baigiasi.'),
    notObject: () =>
      'Renginio duomenys turi būti JSON objektas su renginio laukais, pvz., {"name": …, "startDate": …}.',
    notEvent: (a) => `@type: „${a.type}“ nėra renginys; tikėtasi Event arba renginio rūšies, pvz., BusinessEvent.`,
    noEvent: () => 'Duomenyse nėra renginio: nė vienas elementas neturi "@type": "Event".',
    noName: (a) => `${a.path}: renginys neturi pavadinimo; pridėkite "name": "…".`,
    fetch: (a) => `Nepavyko įkelti renginio duomenų iš ${a.url}: ${a.cause}.`,
    status: (a) => `Nepavyko įkelti renginio duomenų iš ${a.url}: serveris atsakė kodu ${a.status}.`,
    // per 1, 21 sekundę; per 2–9 sekundes; per 10–20 sekundžių
    timeout: (a) =>
      `Nepavyko įkelti renginio duomenų iš ${a.url}: per ${a.seconds} ${({ one: 'sekundę', few: 'sekundes' } as Record<string, string>)[new Intl.PluralRules('lt').select(Number(a.seconds))] ?? 'sekundžių'} negauta atsakymo.`,
    body: (a) => `Failas adresu ${a.url} nėra JSON (jis prasideda „${a.found}“).`,
    noBlock: (a) =>
      `src="${a.id}": puslapyje nėra <script type="application/ld+json"> su id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: nė vienas iš ${a.count} renginių duomenyse neturi šios reikšmės; nurodykite vieno iš jų @id, url arba identifier arba jo eilės numerį nuo 0 kaip event-index.`,
    objectAttr: () =>
      'Atribute event yra „[object Object]“: į atributą įrašytas objektas. Vietoj to nustatykite elemento savybę event (karkase: užregistruokite elementus prieš juos atvaizduodami).',
    emptyEvent: () =>
      'Atributas event tuščias: įrašykite į jį renginio JSON-LD arba jį pašalinkite ir nurodykite src arba <script type="application/ld+json"> elemento viduje.',
    emptySrc: () =>
      'Atributas src tuščias: nurodykite JSON-LD failo URL arba puslapyje esančio <script type="application/ld+json"> #id.',
    noData: () =>
      'Nėra renginio duomenų: pateikite renginio JSON-LD atribute event, URL arba #id atribute src arba <script type="application/ld+json"> elemento viduje.',
    notBlock: (a) =>
      `src="${a.id}" nurodo ${a.found}, o ne <script type="application/ld+json">: įdėkite renginio JSON-LD į <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Renginio duomenys adresu ${a.url} didesni nei ${new Intl.NumberFormat('lt').format(Number(a.mb))} MB, o daugiau nenuskaitoma; renginiui pakanka kelių kilobaitų.`,
    tooDeep: () =>
      'Renginio duomenys įdėti vienas į kitą per giliai, kad juos būtų galima nuskaityti (sąrašai ar objektai tūkstančius lygių gilyn); renginiui reikia tik kelių lygių.',
  },
} satisfies Strings;
