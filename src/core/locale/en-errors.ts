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
  },
};

type Args = Record<string, string | number>;
