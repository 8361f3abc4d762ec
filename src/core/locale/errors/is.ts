import type { ErrorStrings } from '../strings.js';

/** Icelandic sentences for problems with the event data: loaded only when there is one. */
export default {
  errorHint: 'Athugaðu gögn viðburðarins. Nánari upplýsingar eru í console-glugga vafrans.',
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
} satisfies ErrorStrings;
