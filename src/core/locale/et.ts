import type { Strings } from './strings.js';

/** Estonian UI strings. */
export default {
  loading: 'Sündmuse laadimine…',
  errorTitle: 'Seda sündmust ei saa kuvada',
  errorHint: 'Kontrollige sündmuse andmeid. Üksikasjad on brauseri konsoolis.',
  details: 'Lisateave',
  tickets: 'Piletid',
  register: 'Registreeru',
  soldOut: 'Välja müüdud',
  map: 'Kaart',
  joinOnline: 'Liitu veebis',
  online: 'Veebis',
  more: 'Näita rohkem',
  less: 'Näita vähem',
  addToCalendar: 'Lisa kalendrisse',
  calendarIcs: 'Apple’i kalender, Outlook (.ics-fail)',
  calendarGoogle: 'Google’i kalender',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'Osa sündmusest',
  gallery: {
    title: 'Fotogalerii',
    // Numbers take a case ending with a hyphen: 12-st ("of 12"), always -st.
    open: (i, n) => `Ava foto ${i} (${n}-st)`,
    photo: (i, n) => `Foto ${i} (${n}-st)`,
    showAll: (n) => (new Intl.PluralRules('et').select(n) === 'one' ? `Näita ${n} fotot` : `Näita kõiki ${n} fotot`),
    close: 'Sulge',
    prev: 'Eelmine foto',
    next: 'Järgmine foto',
    loading: 'Foto laadimine…',
    failed: 'Fotot ei õnnestunud laadida.',
    play: (caption) => (caption ? `Esita video: ${caption}` : 'Esita video'),
    video: 'Video',
  },
  organizers: {
    organizer: 'Korraldajad',
    sponsor: 'Sponsorid',
    funder: 'Rahastajad',
    pause: 'Peata',
    play: 'Jätka',
  },
  agenda: {
    now: 'Praegu',
    next: 'Järgmisena',
    zone: (zone) => `Ajavöönd: ${zone}`,
    day: 'Päev',
    allDays: 'Kõik päevad',
    room: 'Saal',
    allRooms: 'Kõik saalid',
    search: 'Otsi pealkirjadest ja esinejatest',
    shown: (n, total) => `Kuvatakse ${n} (${total}-st)`,
  },
  announcement: {
    agenda: 'Kava',
    gallery: 'Fotod',
  },
  status: {
    cancelled: 'Tühistatud',
    postponed: 'Edasi lükatud',
    rescheduled: 'Uus aeg',
    movedOnline: 'Toimub veebis',
    ended: 'Lõppenud',
  },
  json: {
    'comma-brace': 'koma või sulgev }',
    'comma-bracket': 'koma või sulgev ]',
    colon: 'koolon',
    key: 'jutumärkides omaduse nimi',
    quote: 'sulgev jutumärk',
    escape: 'kehtiv paojada, näiteks \\" või \\n',
    value: 'väärtus (tekst jutumärkides, arv, objekt, loend, true, false või null)',
    end: 'andmete lõpp',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Sündmuse andmed ei ole korrektne JSON: koma real ${a.line}, veerus ${a.column} on pärast viimast kirjet, vahetult enne sulgevat märki ${a.close}; kustutage see koma.`,
    unclosed: (a) =>
      `Sündmuse andmed ei ole korrektne JSON: real ${a.line}, veerus ${a.column} avatud märki ${a.bracket} ei suleta kunagi; lisage selle lõppu sulgev ${a.close}.`,
    unclosedText: (a) =>
      `Sündmuse andmed ei ole korrektne JSON: real ${a.line}, veerus ${a.column} algaval jutumärkides tekstil puudub enne rea lõppu sulgev jutumärk; lisage puuduv ".`,
    singleQuotes: (a) =>
      `Sündmuse andmed ei ole korrektne JSON: real ${a.line}, veerus ${a.column} on tekst ülakomade vahel; JSON nõuab jutumärke, nagu "name": "…".`,
  },
  errors: {
    empty: () => 'Sündmuse andmed on tühjad.',
    json: (a) =>
      `Sündmuse andmed ei ole korrektne JSON: real ${a.line}, veerus ${a.column} peaks olema ${a.expected}` +
      (a.found ? `, kuid seal on „${a.found}“.` : ', kuid tekst lõpeb seal.'),
    notObject: () =>
      'Sündmuse andmed peavad olema JSON-objekt sündmuse väljadega, näiteks {"name": …, "startDate": …}.',
    notEvent: (a) =>
      `@type: „${a.type}“ ei ole sündmus; peaks olema Event või mõni sündmuse liik, näiteks BusinessEvent.`,
    noEvent: () => 'Andmetes ei ole sündmust: ühelgi elemendil pole "@type": "Event".',
    noName: (a) => `${a.path}: sündmusel pole nime; lisage "name": "…".`,
    fetch: (a) => `Sündmuse andmeid ei õnnestunud laadida aadressilt ${a.url}: ${a.cause}.`,
    status: (a) => `Sündmuse andmeid ei õnnestunud laadida aadressilt ${a.url}: server vastas koodiga ${a.status}.`,
    timeout: (a) =>
      `Sündmuse andmeid ei õnnestunud laadida aadressilt ${a.url}: ${a.seconds} sekundi jooksul ei tulnud vastust.`,
    body: (a) => `Fail aadressil ${a.url} ei ole JSON (see algab nii: „${a.found}“).`,
    noBlock: (a) =>
      `src="${a.id}": lehel ei ole elementi <script type="application/ld+json">, mille id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: ühelgi andmete ${a.count} sündmusest pole seda väärtust; andke neist ühe @id, url või identifier või selle järjekorranumber alates 0-st atribuudina event-index.`,
    objectAttr: () =>
      'Atribuudi event väärtus on „[object Object]“: atribuuti kirjutati objekt. Määrake selle asemel elemendi omadus event (raamistikus: registreerige elemendid enne nende renderdamist).',
    emptyEvent: () =>
      'Atribuut event on tühi: pange sellesse sündmuse JSON-LD või eemaldage see ja andke src või elemendi sees <script type="application/ld+json">.',
    emptySrc: () =>
      'Atribuut src on tühi: andke JSON-LD-faili URL või lehel oleva elemendi <script type="application/ld+json"> #id.',
    noData: () =>
      'Sündmuse andmed puuduvad: andke sündmuse JSON-LD atribuudis event, URL või #id atribuudis src või elemendi sees <script type="application/ld+json">.',
    notBlock: (a) =>
      `src="${a.id}" viitab elemendile ${a.found}, mitte elemendile <script type="application/ld+json">: pange sündmuse JSON-LD elementi <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Sündmuse andmed aadressil ${a.url} on suuremad kui ${new Intl.NumberFormat('et').format(Number(a.mb))} MB ja rohkem ei loeta; sündmusele piisab mõnest kilobaidist.`,
    tooDeep: () =>
      'Sündmuse andmed on lugemiseks liiga sügavalt pesastatud (loendid või objektid üksteise sees tuhandete tasemete sügavusel); sündmusele piisab mõnest tasemest.',
  },
} satisfies Strings;
