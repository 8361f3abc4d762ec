import type { Strings } from './strings.js';

/** Swedish UI strings. */
export default {
  loading: 'Läser in evenemanget…',
  errorTitle: 'Evenemanget kan inte visas',
  errorHint: 'Kontrollera evenemangets data. Detaljerna finns i webbläsarens konsol.',
  details: 'Mer information',
  tickets: 'Biljetter',
  register: 'Anmäl dig',
  soldOut: 'Slutsålt',
  map: 'Karta',
  joinOnline: 'Delta online',
  online: 'Online',
  more: 'Visa mer',
  less: 'Visa mindre',
  addToCalendar: 'Lägg till i kalendern',
  calendarIcs: 'Apple Kalender, Outlook (.ics-fil)',
  calendarGoogle: 'Google Kalender',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'Del av',
  gallery: {
    title: 'Bildgalleri',
    open: (i, n) => `Öppna bild ${i} av ${n}`,
    photo: (i, n) => `Bild ${i} av ${n}`,
    showAll: (n) => `Visa alla ${n} ${new Intl.PluralRules('sv').select(n) === 'one' ? 'bild' : 'bilder'}`,
    close: 'Stäng',
    prev: 'Föregående bild',
    next: 'Nästa bild',
    loading: 'Läser in bilden…',
    failed: 'Bilden kunde inte läsas in.',
    play: (caption) => (caption ? `Spela upp video: ${caption}` : 'Spela upp video'),
    video: 'Video',
  },
  organizers: {
    organizer: 'Arrangörer',
    sponsor: 'Sponsorer',
    funder: 'Finansiärer',
    pause: 'Pausa',
    play: 'Fortsätt',
  },
  agenda: {
    now: 'Nu',
    next: 'Härnäst',
    zone: (zone) => `Tidszon: ${zone}`,
    day: 'Dag',
    allDays: 'Alla dagar',
    room: 'Sal',
    allRooms: 'Alla salar',
    search: 'Sök bland titlar och talare',
    shown: (n, total) => `Visar ${n} av ${total}`,
  },
  announcement: {
    agenda: 'Program',
    gallery: 'Bilder',
  },
  status: {
    cancelled: 'Inställt',
    postponed: 'Uppskjutet',
    rescheduled: 'Nytt datum',
    movedOnline: 'Flyttat online',
    ended: 'Avslutat',
  },
  json: {
    'comma-brace': 'ett kommatecken eller en avslutande }',
    'comma-bracket': 'ett kommatecken eller en avslutande ]',
    colon: 'ett kolon',
    key: 'ett egenskapsnamn inom dubbla citattecken',
    quote: 'ett avslutande dubbelt citattecken',
    escape: 'en giltig escape-sekvens som \\" eller \\n',
    value: 'ett värde (text inom dubbla citattecken, ett tal, ett objekt, en lista, true, false eller null)',
    end: 'slutet på datan',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Evenemangets data är inte giltig JSON: kommat på rad ${a.line}, kolumn ${a.column} står efter den sista posten, precis före den avslutande ${a.close}; ta bort det kommat.`,
    unclosed: (a) =>
      `Evenemangets data är inte giltig JSON: den ${a.bracket} som öppnas på rad ${a.line}, kolumn ${a.column} stängs aldrig; lägg till den avslutande ${a.close} där den slutar.`,
    unclosedText: (a) =>
      `Evenemangets data är inte giltig JSON: texten inom dubbla citattecken som börjar på rad ${a.line}, kolumn ${a.column} har inget avslutande citattecken innan raden slutar; lägg till det saknade ".`,
    singleQuotes: (a) =>
      `Evenemangets data är inte giltig JSON: på rad ${a.line}, kolumn ${a.column} står text inom enkla citattecken; JSON kräver dubbla, som i "name": "…".`,
  },
  errors: {
    empty: () => 'Evenemangets data är tom.',
    json: (a) =>
      `Evenemangets data är inte giltig JSON: på rad ${a.line}, kolumn ${a.column} förväntas ${a.expected}` +
      (a.found ? `, men där står ”${a.found}”.` : ', men texten tar slut där.'),
    notObject: () =>
      'Evenemangets data måste vara ett JSON-objekt med evenemangets fält, till exempel {"name": …, "startDate": …}.',
    notEvent: (a) =>
      `@type: ”${a.type}” är inte ett evenemang; det ska vara Event eller en typ av evenemang som BusinessEvent.`,
    noEvent: () => 'Datan innehåller inget evenemang: inget objekt har "@type": "Event".',
    noName: (a) => `${a.path}: evenemanget saknar namn; lägg till "name": "…".`,
    fetch: (a) => `Evenemangets data kunde inte hämtas från ${a.url}: ${a.cause}.`,
    status: (a) => `Evenemangets data kunde inte hämtas från ${a.url}: servern svarade ${a.status}.`,
    timeout: (a) =>
      `Evenemangets data kunde inte hämtas från ${a.url}: inget svar inom ${a.seconds} ${new Intl.PluralRules('sv').select(Number(a.seconds)) === 'one' ? 'sekund' : 'sekunder'}.`,
    body: (a) => `Filen på ${a.url} är inte JSON (den börjar med ”${a.found}”).`,
    noBlock: (a) =>
      `src="${a.id}": sidan har inget <script type="application/ld+json"> med id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: Inget av de ${a.count} evenemangen i datan har det värdet; ange @id, url eller identifier för ett av dem, eller dess position från 0 som event-index.`,
    objectAttr: () =>
      'Attributet event innehåller ”[object Object]”: ett objekt skrevs in i attributet. Ange elementets event-egenskap i stället (i ett ramverk: registrera elementen innan de renderas).',
    emptyEvent: () =>
      'Attributet event är tomt: lägg in evenemangets JSON-LD i det, eller ta bort det och ange src eller ett <script type="application/ld+json"> inuti elementet.',
    emptySrc: () =>
      'Attributet src är tomt: ange URL:en till en JSON-LD-fil eller #id för ett <script type="application/ld+json"> på sidan.',
    noData: () =>
      'Det finns ingen data om evenemanget: ange evenemangets JSON-LD i attributet event, en URL eller #id i src eller ett <script type="application/ld+json"> inuti elementet.',
    notBlock: (a) =>
      `src="${a.id}" pekar på ${a.found}, inte på ett <script type="application/ld+json">: lägg evenemangets JSON-LD i ett <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Evenemangets data på ${a.url} är större än ${new Intl.NumberFormat('sv').format(Number(a.mb))} MB, och mer än så läses inte; ett evenemang behöver bara några kilobyte.`,
    tooDeep: () =>
      'Evenemangets data är nästlad för djupt för att kunna läsas (listor eller objekt i varandra, tusentals nivåer ner); ett evenemang behöver bara några få nivåer.',
  },
} satisfies Strings;
