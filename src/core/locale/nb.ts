import type { Strings } from './strings.js';

/** Norwegian Bokmål UI strings (also used for pages in `no` and `nn`). */
export default {
  loading: 'Laster inn arrangement…',
  errorTitle: 'Arrangementet kan ikke vises',
  errorHint: 'Kontroller arrangementsdataene. Detaljene står i nettleserkonsollen.',
  details: 'Les mer',
  tickets: 'Billetter',
  register: 'Meld deg på',
  soldOut: 'Utsolgt',
  map: 'Kart',
  joinOnline: 'Delta digitalt',
  online: 'Digitalt',
  more: 'Vis mer',
  less: 'Vis mindre',
  addToCalendar: 'Legg til i kalender',
  calendarIcs: 'Apple Kalender, Outlook (.ics-fil)',
  calendarGoogle: 'Google Kalender',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'En del av',
  gallery: {
    title: 'Bildegalleri',
    open: (i, n) => `Åpne bilde ${i} av ${n}`,
    photo: (i, n) => `Bilde ${i} av ${n}`,
    showAll: (n) => `Vis alle ${n} ${new Intl.PluralRules('nb').select(n) === 'one' ? 'bilde' : 'bilder'}`,
    close: 'Lukk',
    prev: 'Forrige bilde',
    next: 'Neste bilde',
    loading: 'Laster inn bilde…',
    failed: 'Bildet kunne ikke lastes inn.',
    play: (caption) => (caption ? `Spill av video: ${caption}` : 'Spill av video'),
    video: 'Video',
  },
  organizers: {
    organizer: 'Arrangører',
    sponsor: 'Sponsorer',
    funder: 'Støttet av',
    pause: 'Pause',
    play: 'Fortsett',
  },
  agenda: {
    now: 'Nå',
    next: 'Neste',
    zone: (zone) => `Tidssone: ${zone}`,
    day: 'Dag',
    allDays: 'Alle dager',
    room: 'Sal',
    allRooms: 'Alle saler',
    search: 'Søk i titler og foredragsholdere',
    shown: (n, total) => `Viser ${n} av ${total}`,
  },
  announcement: {
    agenda: 'Program',
    gallery: 'Bilder',
  },
  status: {
    cancelled: 'Avlyst',
    postponed: 'Utsatt',
    rescheduled: 'Ny dato',
    movedOnline: 'Flyttet til nett',
    ended: 'Avsluttet',
  },
  json: {
    'comma-brace': 'et komma eller en avsluttende }',
    'comma-bracket': 'et komma eller en avsluttende ]',
    colon: 'et kolon',
    key: 'et egenskapsnavn i doble anførselstegn',
    quote: 'et avsluttende dobbelt anførselstegn',
    escape: 'en gyldig escape-sekvens som \\" eller \\n',
    value: 'en verdi (tekst i doble anførselstegn, et tall, et objekt, en liste, true, false eller null)',
    end: 'slutten av dataene',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Arrangementsdataene er ikke gyldig JSON: kommaet på linje ${a.line}, kolonne ${a.column} står etter det siste elementet, rett før den avsluttende ${a.close}; fjern det kommaet.`,
    unclosed: (a) =>
      `Arrangementsdataene er ikke gyldig JSON: ${a.bracket} som åpnes på linje ${a.line}, kolonne ${a.column}, lukkes aldri; legg til den avsluttende ${a.close} der den slutter.`,
    unclosedText: (a) =>
      `Arrangementsdataene er ikke gyldig JSON: teksten i doble anførselstegn som begynner på linje ${a.line}, kolonne ${a.column}, har ikke noe avsluttende anførselstegn før linjen slutter; legg til den manglende ".`,
    singleQuotes: (a) =>
      `Arrangementsdataene er ikke gyldig JSON: på linje ${a.line}, kolonne ${a.column} står tekst i enkle anførselstegn; JSON krever doble, som i "name": "…".`,
  },
  errors: {
    empty: () => 'Arrangementsdataene er tomme.',
    json: (a) =>
      `Arrangementsdataene er ikke gyldig JSON: på linje ${a.line}, kolonne ${a.column} forventes ${a.expected}` +
      (a.found ? `, men der står «${a.found}».` : ', men teksten slutter der.'),
    notObject: () =>
      'Arrangementsdataene må være et JSON-objekt med feltene til arrangementet, for eksempel {"name": …, "startDate": …}.',
    notEvent: (a) =>
      `@type: «${a.type}» er ikke et arrangement; forventet er Event eller en type arrangement som BusinessEvent.`,
    noEvent: () => 'Dataene inneholder ikke noe arrangement: ingen elementer har "@type": "Event".',
    noName: (a) => `${a.path}: arrangementet har ikke noe navn; legg til "name": "…".`,
    fetch: (a) => `Arrangementsdataene kunne ikke lastes inn fra ${a.url}: ${a.cause}.`,
    status: (a) => `Arrangementsdataene kunne ikke lastes inn fra ${a.url}: serveren svarte ${a.status}.`,
    timeout: (a) =>
      `Arrangementsdataene kunne ikke lastes inn fra ${a.url}: ikke noe svar innen ${a.seconds} ${new Intl.PluralRules('nb').select(Number(a.seconds)) === 'one' ? 'sekund' : 'sekunder'}.`,
    body: (a) => `Filen på ${a.url} er ikke JSON (den begynner med «${a.found}»).`,
    noBlock: (a) =>
      `src="${a.id}": siden har ikke noe <script type="application/ld+json"> med id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: Ingen av de ${a.count} arrangementene i dataene har denne verdien; oppgi @id, url eller identifier for ett av dem, eller plasseringen fra 0 som event-index.`,
    objectAttr: () =>
      'Attributtet event inneholder «[object Object]»: et objekt ble skrevet inn i attributtet. Angi elementets event-egenskap i stedet (i et rammeverk: registrer elementene før de gjengis).',
    emptyEvent: () =>
      'Attributtet event er tomt: legg inn arrangementets JSON-LD, eller fjern det og angi src eller et <script type="application/ld+json"> inne i elementet.',
    emptySrc: () =>
      'Attributtet src er tomt: angi URL-en til en JSON-LD-fil eller #id til et <script type="application/ld+json"> på siden.',
    noData: () =>
      'Det finnes ingen arrangementsdata: angi arrangementets JSON-LD i attributtet event, en URL eller #id i src eller et <script type="application/ld+json"> inne i elementet.',
    notBlock: (a) =>
      `src="${a.id}" peker på ${a.found}, ikke på et <script type="application/ld+json">: legg arrangementets JSON-LD i et <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Arrangementsdataene på ${a.url} er større enn ${new Intl.NumberFormat('nb').format(Number(a.mb))} MB, og mer enn det leses ikke; et arrangement trenger bare noen få kilobyte.`,
    tooDeep: () =>
      'Arrangementsdataene er nøstet for dypt til å kunne leses (lister eller objekter inni hverandre i tusenvis av nivåer); et arrangement trenger bare noen få nivåer.',
  },
} satisfies Strings;
