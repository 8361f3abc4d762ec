/**
 * English sentences for what can be wrong with event data: fatal problems, and what the JSON
 * scanner expected where the text broke. Not in the bundle's first load: the diagnostics module
 * (src/core/event/diagnostics.ts) brings them when some data has a problem.
 */
export default {
  errorHint: 'Check the event data. Details are in the browser console.',
  json: {
    'comma-brace': 'a comma or a closing }',
    'comma-bracket': 'a comma or a closing ]',
    colon: 'a colon',
    key: 'a property name in double quotes',
    quote: 'a closing double quote',
    escape: 'a valid escape such as \\" or \\n',
    value: 'a value (text in double quotes, a number, an object, a list, true, false or null)',
    end: 'the end of the data',
  },
  jsonMistakes: {
    trailingComma: (a: Args) =>
      `The event data is not valid JSON: the comma at line ${a.line}, column ${a.column} comes after the last entry, just before the closing ${a.close}; remove that comma.`,
    unclosed: (a: Args) =>
      `The event data is not valid JSON: the ${a.bracket} opened at line ${a.line}, column ${a.column} is never closed; add the closing ${a.close} where it ends.`,
    unclosedText: (a: Args) =>
      `The event data is not valid JSON: the text in double quotes that starts at line ${a.line}, column ${a.column} has no closing double quote before its line ends; add the missing ".`,
    singleQuotes: (a: Args) =>
      `The event data is not valid JSON: at line ${a.line}, column ${a.column} text is in single quotes; JSON needs double quotes, as in "name": "…".`,
  },
  errors: {
    empty: () => 'The event data is empty.',
    json: (a: Args) =>
      `The event data is not valid JSON: at line ${a.line}, column ${a.column} it expects ${a.expected}` +
      (a.found ? `, but finds “${a.found}”.` : ', but the text ends there.'),
    notObject: () =>
      'The event data must be a JSON object with the event’s fields, such as {"name": …, "startDate": …}.',
    notEvent: (a: Args) =>
      `@type: “${a.type}” is not an event; expected Event or a kind of event such as BusinessEvent.`,
    noEvent: () => 'The data holds no event: no item has "@type": "Event".',
    noName: (a: Args) => `${a.path}: the event has no name; add "name": "…".`,
    fetch: (a: Args) => `The event data could not be loaded from ${a.url}: ${a.cause}.`,
    status: (a: Args) => `The event data could not be loaded from ${a.url}: the server answered ${a.status}.`,
    timeout: (a: Args) => `The event data could not be loaded from ${a.url}: no answer within ${a.seconds} seconds.`,
    body: (a: Args) => `The file at ${a.url} is not JSON (it starts with “${a.found}”).`,
    noBlock: (a: Args) =>
      `src="${a.id}": there is no <script type="application/ld+json"> with id="${String(a.id).slice(1)}" on the page.`,
    noSuchEvent: (a: Args) =>
      `${a.which}: none of the ${a.count} events in the data has it; give the @id, url or identifier of one of them, or its position from 0 as event-index.`,
    objectAttr: () =>
      'The event attribute holds “[object Object]”: an object was written into the attribute. Set the element’s event property instead (in a framework: register the elements before rendering them).',
    emptyEvent: () =>
      'The event attribute is empty: put the event’s JSON-LD in it, or remove it and give src or a <script type="application/ld+json"> inside the element.',
    emptySrc: () =>
      'The src attribute is empty: give the URL of a JSON-LD file, or #id of a <script type="application/ld+json"> on the page.',
    noData: () =>
      'There is no event data: give the event’s JSON-LD in the event attribute, a URL or #id in src, or a <script type="application/ld+json"> inside the element.',
    notBlock: (a: Args) =>
      `src="${a.id}" names ${a.found}, not a <script type="application/ld+json">: put the event’s JSON-LD in a <script type="application/ld+json" id="${String(a.id).slice(1)}">.`,
    tooBig: (a: Args) =>
      `The event data at ${a.url} is larger than ${a.mb} MB, the most that is read; an event needs only a few kilobytes.`,
    tooDeep: () =>
      'The event data is nested too deeply to read (lists or objects inside each other thousands of levels down); an event needs only a few levels.',
  },
};

type Args = Record<string, string | number>;
