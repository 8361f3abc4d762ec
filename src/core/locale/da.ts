import type { Strings } from './strings.js';

/** Danish UI strings. */
export default {
  loading: 'Indlæser begivenhed…',
  errorTitle: 'Begivenheden kan ikke vises',
  errorHint: 'Kontrollér begivenhedens data. Detaljerne står i browserens konsol.',
  details: 'Læs mere',
  tickets: 'Billetter',
  register: 'Tilmeld dig',
  soldOut: 'Udsolgt',
  map: 'Kort',
  joinOnline: 'Deltag online',
  online: 'Online',
  more: 'Vis mere',
  less: 'Vis mindre',
  addToCalendar: 'Føj til kalender',
  calendarIcs: 'Apple Kalender, Outlook (.ics-fil)',
  calendarGoogle: 'Google Kalender',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'En del af',
  gallery: {
    title: 'Fotogalleri',
    open: (i, n) => `Åbn foto ${i} af ${n}`,
    photo: (i, n) => `Foto ${i} af ${n}`,
    showAll: (n) => `Vis alle ${n} ${new Intl.PluralRules('da').select(n) === 'one' ? 'foto' : 'fotos'}`,
    close: 'Luk',
    prev: 'Forrige foto',
    next: 'Næste foto',
    loading: 'Indlæser foto…',
    failed: 'Fotoet kunne ikke indlæses.',
    play: (caption) => (caption ? `Afspil video: ${caption}` : 'Afspil video'),
    video: 'Video',
  },
  organizers: {
    organizer: 'Arrangører',
    sponsor: 'Sponsorer',
    funder: 'Støttet af',
    pause: 'Pause',
    play: 'Fortsæt',
  },
  agenda: {
    now: 'Nu',
    next: 'Næste',
    zone: (zone) => `Tidszone: ${zone}`,
    day: 'Dag',
    allDays: 'Alle dage',
    room: 'Lokale',
    allRooms: 'Alle lokaler',
    search: 'Søg i titler og talere',
    shown: (n, total) => `Viser ${n} af ${total}`,
  },
  announcement: {
    agenda: 'Program',
    gallery: 'Fotos',
  },
  status: {
    cancelled: 'Aflyst',
    postponed: 'Udsat',
    rescheduled: 'Ny dato',
    movedOnline: 'Flyttet online',
    ended: 'Afsluttet',
  },
  json: {
    'comma-brace': 'et komma eller en afsluttende }',
    'comma-bracket': 'et komma eller en afsluttende ]',
    colon: 'et kolon',
    key: 'et egenskabsnavn i dobbelte anførselstegn',
    quote: 'et afsluttende dobbelt anførselstegn',
    escape: 'en gyldig escape-sekvens som \\" eller \\n',
    value: 'en værdi (tekst i dobbelte anførselstegn, et tal, et objekt, en liste, true, false eller null)',
    end: 'slutningen af dataene',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Begivenhedens data er ikke gyldig JSON: kommaet i linje ${a.line}, kolonne ${a.column} står efter det sidste element, lige før den afsluttende ${a.close}; fjern det komma.`,
    unclosed: (a) =>
      `Begivenhedens data er ikke gyldig JSON: den ${a.bracket}, der åbnes i linje ${a.line}, kolonne ${a.column}, lukkes aldrig; tilføj den afsluttende ${a.close}, hvor den slutter.`,
    unclosedText: (a) =>
      `Begivenhedens data er ikke gyldig JSON: teksten i dobbelte anførselstegn, der begynder i linje ${a.line}, kolonne ${a.column}, har intet afsluttende anførselstegn før linjens slutning; tilføj det manglende ".`,
    singleQuotes: (a) =>
      `Begivenhedens data er ikke gyldig JSON: i linje ${a.line}, kolonne ${a.column} står tekst i enkelte anførselstegn; JSON kræver dobbelte, som i "name": "…".`,
  },
  errors: {
    empty: () => 'Begivenhedens data er tomme.',
    json: (a) =>
      `Begivenhedens data er ikke gyldig JSON: i linje ${a.line}, kolonne ${a.column} forventes ${a.expected}` +
      (a.found ? `, men der står »${a.found}«.` : ', men teksten slutter der.'),
    notObject: () =>
      'Begivenhedens data skal være et JSON-objekt med begivenhedens felter, f.eks. {"name": …, "startDate": …}.',
    notEvent: (a) =>
      `@type: »${a.type}« er ikke en begivenhed; forventet er Event eller en type begivenhed som BusinessEvent.`,
    noEvent: () => 'Dataene indeholder ingen begivenhed: intet element har "@type": "Event".',
    noName: (a) => `${a.path}: begivenheden har intet navn; tilføj "name": "…".`,
    fetch: (a) => `Begivenhedens data kunne ikke hentes fra ${a.url}: ${a.cause}.`,
    status: (a) => `Begivenhedens data kunne ikke hentes fra ${a.url}: serveren svarede ${a.status}.`,
    timeout: (a) =>
      `Begivenhedens data kunne ikke hentes fra ${a.url}: intet svar inden for ${a.seconds} ${new Intl.PluralRules('da').select(Number(a.seconds)) === 'one' ? 'sekund' : 'sekunder'}.`,
    body: (a) => `Filen på ${a.url} er ikke JSON (den begynder med »${a.found}«).`,
    noBlock: (a) =>
      `src="${a.id}": der er intet <script type="application/ld+json"> med id="${String(a.id).slice(1)}" på siden.`,
    noSuchEvent: (a) =>
      `${a.which}: Ingen af de ${a.count} begivenheder i dataene har den værdi; angiv @id, url eller identifier for en af dem, eller dens position fra 0 som event-index.`,
    objectAttr: () =>
      'Attributten event indeholder »[object Object]«: der er skrevet et objekt i attributten. Sæt i stedet elementets event-egenskab (i et framework: registrér elementerne, før de renderes).',
    emptyEvent: () =>
      'Attributten event er tom: indsæt begivenhedens JSON-LD i den, eller fjern den og angiv src eller et <script type="application/ld+json"> inde i elementet.',
    emptySrc: () =>
      'Attributten src er tom: angiv URL’en til en JSON-LD-fil eller #id på et <script type="application/ld+json"> på siden.',
    noData: () =>
      'Der er ingen data om begivenheden: angiv begivenhedens JSON-LD i attributten event, en URL eller #id i src eller et <script type="application/ld+json"> inde i elementet.',
    notBlock: (a) =>
      `src="${a.id}" peger på ${a.found}, ikke på et <script type="application/ld+json">: læg begivenhedens JSON-LD i et <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Begivenhedens data på ${a.url} fylder mere end ${new Intl.NumberFormat('da').format(Number(a.mb))} MB, og mere end det læses ikke; en begivenhed fylder kun få kilobyte.`,
    tooDeep: () =>
      'Begivenhedens data er indlejret for dybt til at kunne læses (lister eller objekter inden i hinanden i tusindvis af niveauer); en begivenhed behøver kun få niveauer.',
  },
} satisfies Strings;
