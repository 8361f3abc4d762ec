/**
 * The elements with data in the shapes real sites publish: several events and how one is
 * chosen, text in several languages following the widget's language, HTML descriptions.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { EventCard } from '../../src/elements/event-card/event-card.js';
import type { EventAgenda } from '../../src/elements/event-agenda/event-agenda.js';
import { render, settled, textOf } from '../support/fixtures.js';

const listing = {
  '@context': 'https://schema.org',
  '@type': 'ItemList',
  itemListElement: [
    {
      '@type': 'ListItem',
      position: 1,
      item: {
        '@type': 'MusicEvent',
        '@id': 'https://example.org/#jazz',
        name: 'Jazz night',
        startDate: '2027-06-01T20:00:00+02:00',
        location: { '@type': 'Place', name: 'Blue Room' },
      },
    },
    {
      '@type': 'ListItem',
      position: 2,
      item: {
        '@type': 'MusicEvent',
        url: 'https://example.org/events/folk',
        name: 'Folk evening',
        startDate: '2027-06-02T19:00:00+02:00',
        location: { '@type': 'Place', name: 'Green Hall' },
      },
    },
  ],
};

const title = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')?.textContent;

describe('several events in one document', () => {
  it('shows the first and says so in the console, or the one event-id or event-index names', async () => {
    const first = await render<EventCard>('event-card', listing);
    expect(first.state).to.equal('ready');
    expect(title(first)).to.equal('Jazz night');
    expect(first.data?.places[0].name).to.equal('Blue Room');

    const byId = await render<EventCard>('event-card', listing, { 'event-id': 'folk' });
    expect(title(byId)).to.equal('Folk evening');
    const byIndex = await render<EventCard>('event-card', listing, { 'event-index': '1' });
    expect(title(byIndex)).to.equal('Folk evening');

    // Changing the choice shows the other event.
    byId.eventId = '#jazz';
    await settled(byId);
    await new Promise((r) => setTimeout(r, 50));
    await settled(byId);
    expect(title(byId)).to.equal('Jazz night');
  });

  it('tells the editor when event-id names no event of the data', async () => {
    const el = await render<EventCard>('event-card', listing, { 'event-id': 'rock' });
    expect(el.state).to.equal('error');
    expect(el.errorMessage).to.equal(
      'event-id="rock": none of the 2 events in the data has it; give the @id, url or identifier of one of them, or its position from 0 as event-index.',
    );
    expect(textOf(el)).to.contain(el.errorMessage!);
  });
});

describe('an event-index that is not a number', () => {
  it('is an error that says so, and settles (NaN once made every update load again)', async () => {
    const el = await render<EventCard>('event-card', listing, { 'event-index': 'second' });
    expect(el.state).to.equal('error');
    expect(el.errorMessage).to.match(/^event-index="NaN": none of the 2 events in the data has it/);
  });
});

describe('text in several languages', () => {
  const event = {
    '@type': 'Event',
    name: { en: 'Open day', de: 'Tag der offenen Tür', ru: 'День открытых дверей' },
    startDate: '2027-09-01T10:00:00+02:00',
    location: {
      '@type': 'Place',
      name: [
        { '@value': 'Town hall', '@language': 'en' },
        { '@value': 'Rathaus', '@language': 'de' },
      ],
    },
    inLanguage: 'en',
  };

  it('is read in the widget’s language, and again when the language changes', async () => {
    const el = await render<EventCard>('event-card', event, { lang: 'de' });
    expect(title(el)).to.equal('Tag der offenen Tür');
    expect(textOf(el)).to.contain('Rathaus');
    el.setAttribute('lang', 'ru');
    for (let i = 0; i < 100 && title(el) !== 'День открытых дверей'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(title(el)).to.equal('День открытых дверей');
    // No Russian place name: the event's inLanguage (en).
    expect(textOf(el)).to.contain('Town hall');
  });
});

describe('HTML in descriptions', () => {
  it('shows readable paragraphs, no markup and no tags as text', async () => {
    const el = await render<EventCard>('event-card', {
      '@type': 'Event',
      name: 'Rock &amp; Roll Revival',
      startDate: '2027-09-01T20:00:00+02:00',
      location: 'Club',
      description:
        '<p>Doors at 7&nbsp;pm.<br>Bring <strong>friends</strong>!</p><ul><li>Band one</li><li>Band two</li></ul><script>window.__html=1</script>',
    });
    expect(title(el)).to.equal('Rock & Roll Revival');
    const paragraphs = [...el.shadowRoot!.querySelectorAll('[part="description"] p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['Doors at 7\u00a0pm.\nBring friends!', '• Band one\n• Band two']);
    expect(el.shadowRoot!.querySelector('[part="description"] strong, [part="description"] script')).to.equal(null);
    expect((window as unknown as { __html?: number }).__html).to.equal(undefined);
  });

  it('in the agenda’s sessions too', async () => {
    const el = await render<EventAgenda>('event-agenda', {
      '@type': 'Event',
      name: 'Day',
      startDate: '2027-09-01',
      subEvent: [{ name: 'Talk', startDate: '2027-09-01T10:00', description: '<p>First&hellip;</p><p>second</p>' }],
    });
    expect(textOf(el)).to.contain('First…');
    expect(textOf(el)).not.to.contain('<p>');
  });
});

describe('an end date alone (a deadline)', () => {
  for (const endDate of ['2027-03-31', '2027-03-31T23:59:00-05:00']) {
    it(`is shown on its own day: ${endDate}`, async () => {
      const el = await render<EventCard>('event-card', {
        '@type': 'Event',
        name: 'Call for papers',
        endDate,
        location: 'Online form',
      });
      const time = el.shadowRoot!.querySelector('[part="when"] time')!;
      expect(time.getAttribute('datetime')!.slice(0, 10)).to.equal('2027-03-31');
      expect(time.textContent).to.contain('March 31, 2027');
    });
  }
});
