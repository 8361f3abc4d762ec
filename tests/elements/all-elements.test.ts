/**
 * Over every fixture, in every element: no rendering ever shows `undefined`, `null`, `NaN`,
 * `Invalid Date` or `[object Object]`, in text or in attributes, and no element throws.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureConsole, data, render } from '../support/fixtures.js';

/** Every element the library registers. Add each new element here. */
const TAGS = ['event-card', 'event-organizers', 'event-agenda', 'event-gallery', 'event-announcement'];

const BAD = /\b(undefined|null|NaN|Invalid Date)\b|\[object Object\]/;

/** [label, data, words the data itself (or the JSON syntax in an error message) spells that way] */
async function fixtures(): Promise<[string, unknown, string[]?][]> {
  return [
    ['seed', await data('seed.ru')],
    ['sample', await data('sample.en')],
    ['name only', { name: 'Just a name' }],
    ['all-day', { name: 'Fair', startDate: '2030-06-01', endDate: '2030-06-03' }],
    ['floating', { name: 'Local', startDate: '2030-06-01T10:00', endDate: '2030-06-01T12:00' }],
    [
      'online',
      {
        name: 'Webinar',
        startDate: '2030-06-01T10:00Z',
        location: { '@type': 'VirtualLocation', url: 'https://example.org/live' },
        eventAttendanceMode: 'OnlineEventAttendanceMode',
      },
    ],
    ['cancelled', { name: 'Gone', startDate: '2030-06-01T10:00+02:00', eventStatus: 'EventCancelled' }],
    ['empty lists', { name: 'Empty', organizer: [], image: [], subEvent: [], location: [], offers: [] }],
    [
      'nulls',
      {
        name: 'Nulls',
        description: null,
        startDate: null,
        location: null,
        organizer: null,
        image: null,
        subEvent: null,
        url: null,
      },
    ],
    [
      'odd values',
      {
        name: 'Odd',
        description: 42,
        startDate: 'soon',
        location: { name: {} },
        organizer: [{}, 'Plain org'],
        image: [{}, 'pic.jpg'],
        subEvent: [{ name: 'A', startDate: 'x' }, { name: 'B' }],
        offers: { price: NaN },
      },
    ],
    ['text that looks bad', { name: 'undefined', description: 'null' }, ['undefined', 'null']],
    ['error', '{"name": ', ['true, false or null']],
  ];
}

describe('every element over every fixture', () => {
  for (const tag of TAGS) {
    it(`<${tag}> never shows undefined, null, NaN, Invalid Date or [object Object]`, async () => {
      for (const [label, event, allowed = []] of await fixtures()) {
        let el!: HTMLElement;
        await captureConsole(async () => {
          el = await render(tag, event);
        });
        const root = el.shadowRoot!;
        const text = allowed.reduce((t, word) => t.replace(word, ''), root.textContent ?? '');
        expect(BAD.test(text), `${label}: ${text.match(BAD)?.[0]}`).to.equal(false);
        for (const node of root.querySelectorAll('*')) {
          for (const attr of node.attributes) {
            expect(BAD.test(attr.value), `${label}: <${node.localName} ${attr.name}="${attr.value}">`).to.equal(false);
          }
        }
      }
    });
  }
});
