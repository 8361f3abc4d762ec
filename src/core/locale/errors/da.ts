import type { ErrorStrings } from '../strings.js';

/** Danish sentences for problems with the event data: loaded only when there is one. */
export default {
  errorHint: 'Kontrollér begivenhedens data. Detaljerne står i browserens konsol.',
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
} satisfies ErrorStrings;
