import type { Strings } from './strings.js';

/** Icelandic UI strings. */
export default {
  loading: 'Viðburður hleðst inn…',
  errorTitle: 'Ekki er hægt að birta þennan viðburð',
  errorHint: 'Athugaðu gögn viðburðarins. Nánari upplýsingar eru í console-glugga vafrans.',
  details: 'Nánar',
  tickets: 'Miðar',
  register: 'Skráning',
  soldOut: 'Uppselt',
  map: 'Kort',
  joinOnline: 'Taka þátt á netinu',
  online: 'Á netinu',
  more: 'Sýna meira',
  less: 'Sýna minna',
  addToCalendar: 'Bæta við dagatal',
  calendarIcs: 'Apple-dagatal, Outlook (.ics-skrá)',
  calendarGoogle: 'Google-dagatal',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365',
  partOf: 'Hluti af',
  gallery: {
    title: 'Myndasafn',
    open: (i, n) => `Opna mynd ${i} af ${n}`,
    photo: (i, n) => `Mynd ${i} af ${n}`,
    // 1, 21, 31 mynd; 2–20, 22 myndir
    showAll: (n) => `Sýna allar ${n} ${new Intl.PluralRules('is').select(n) === 'one' ? 'mynd' : 'myndir'}`,
    close: 'Loka',
    prev: 'Fyrri mynd',
    next: 'Næsta mynd',
    loading: 'Mynd hleðst inn…',
    failed: 'Ekki tókst að sækja myndina.',
    play: (caption) => (caption ? `Spila myndband: ${caption}` : 'Spila myndband'),
    video: 'Myndband',
  },
  organizers: {
    organizer: 'Skipuleggjendur',
    sponsor: 'Styrktaraðilar',
    funder: 'Fjármögnunaraðilar',
    pause: 'Gera hlé',
    play: 'Halda áfram',
  },
  agenda: {
    now: 'Núna',
    next: 'Næst',
    zone: (zone) => `Tímabelti: ${zone}`,
    day: 'Dagur',
    allDays: 'Allir dagar',
    room: 'Salur',
    allRooms: 'Allir salir',
    search: 'Leita í titlum og nöfnum fyrirlesara',
    shown: (n, total) => `Sýni ${n} af ${total}`,
  },
  announcement: {
    agenda: 'Dagskrá',
    gallery: 'Myndir',
  },
  status: {
    cancelled: 'Aflýst',
    postponed: 'Frestað',
    rescheduled: 'Ný dagsetning',
    movedOnline: 'Fært á netið',
    ended: 'Lokið',
  },
  json: {
    'comma-brace': 'komma eða lokandi }',
    'comma-bracket': 'komma eða lokandi ]',
    colon: 'tvípunktur',
    key: 'heiti eiginleika innan gæsalappa',
    quote: 'lokandi gæsalappir',
    escape: 'gild lausnarröð (escape) eins og \\" eða \\n',
    value: 'gildi (texti innan gæsalappa, tala, hlutur, listi, true, false eða null)',
    end: 'endir gagnanna',
  },
  jsonMistakes: {
    trailingComma: (a) =>
      `Gögn viðburðarins eru ekki gilt JSON: komman í línu ${a.line}, dálki ${a.column} er á eftir síðustu færslunni, rétt á undan lokandi ${a.close}; fjarlægðu þá kommu.`,
    unclosed: (a) =>
      `Gögn viðburðarins eru ekki gilt JSON: sviginn ${a.bracket} sem er opnaður í línu ${a.line}, dálki ${a.column} er aldrei lokaður; bættu lokandi ${a.close} við þar sem hann endar.`,
    unclosedText: (a) =>
      `Gögn viðburðarins eru ekki gilt JSON: textann innan gæsalappa sem hefst í línu ${a.line}, dálki ${a.column} vantar lokandi gæsalappir áður en línan endar; bættu við " sem vantar.`,
    singleQuotes: (a) =>
      `Gögn viðburðarins eru ekki gilt JSON: í línu ${a.line}, dálki ${a.column} er texti innan einfaldra gæsalappa; JSON krefst tvöfaldra, eins og í "name": "…".`,
  },
  errors: {
    empty: () => 'Gögn viðburðarins eru tóm.',
    json: (a) =>
      `Gögn viðburðarins eru ekki gilt JSON: í línu ${a.line}, dálki ${a.column} ætti að vera ${a.expected}` +
      (a.found ? `, en þar er „${a.found}“.` : ', en textinn endar þar.'),
    notObject: () =>
      'Gögn viðburðarins verða að vera JSON-hlutur með reitum viðburðarins, t.d. {"name": …, "startDate": …}.',
    notEvent: (a) =>
      `@type: „${a.type}“ er ekki viðburður; þar ætti að vera Event eða tegund viðburðar eins og BusinessEvent.`,
    noEvent: () => 'Gögnin innihalda engan viðburð: ekkert atriði hefur "@type": "Event".',
    noName: (a) => `${a.path}: viðburðurinn hefur ekkert heiti; bættu við "name": "…".`,
    fetch: (a) => `Ekki tókst að sækja gögn viðburðarins frá ${a.url}: ${a.cause}.`,
    status: (a) => `Ekki tókst að sækja gögn viðburðarins frá ${a.url}: þjónninn svaraði ${a.status}.`,
    // innan 1, 21 sekúndu; innan 15 sekúndna
    timeout: (a) =>
      `Ekki tókst að sækja gögn viðburðarins frá ${a.url}: ekkert svar barst innan ${a.seconds} ${new Intl.PluralRules('is').select(Number(a.seconds)) === 'one' ? 'sekúndu' : 'sekúndna'}.`,
    body: (a) => `Skráin á ${a.url} er ekki JSON (hún byrjar á „${a.found}“).`,
    noBlock: (a) =>
      `src="${a.id}": á síðunni er ekkert <script type="application/ld+json"> með id="${String(a.id).slice(1)}".`,
    noSuchEvent: (a) =>
      `${a.which}: enginn af ${a.count} viðburðum í gögnunum hefur þetta gildi; gefðu upp @id, url eða identifier eins þeirra, eða sæti hans frá 0 sem event-index.`,
    objectAttr: () =>
      'Eigindið event inniheldur „[object Object]“: hlutur var skrifaður í eigindið. Stilltu frekar event-eiginleika einingarinnar (í framework: skráðu einingarnar áður en þær eru birtar).',
    emptyEvent: () =>
      'Eigindið event er tómt: settu JSON-LD viðburðarins í það, eða fjarlægðu það og gefðu upp src eða <script type="application/ld+json"> inni í einingunni.',
    emptySrc: () =>
      'Eigindið src er tómt: gefðu upp vefslóð JSON-LD-skrár eða #id á <script type="application/ld+json"> á síðunni.',
    noData: () =>
      'Engin gögn um viðburðinn: gefðu upp JSON-LD viðburðarins í eigindinu event, vefslóð eða #id í src, eða <script type="application/ld+json"> inni í einingunni.',
    notBlock: (a) =>
      `src="${a.id}" vísar á ${a.found}, ekki á <script type="application/ld+json">: settu JSON-LD viðburðarins í <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a) =>
      `Gögn viðburðarins á ${a.url} eru stærri en ${new Intl.NumberFormat('is').format(Number(a.mb))} MB og meira er ekki lesið; viðburður þarf aðeins nokkur kílóbæti.`,
    tooDeep: () =>
      'Gögn viðburðarins eru of djúpt hreiðruð til að hægt sé að lesa þau (listar eða hlutir hver inni í öðrum, þúsundir stiga niður); viðburður þarf aðeins fá stig.',
  },
} satisfies Strings;
