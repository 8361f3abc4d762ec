/**
 * The snippet builder's form covers performers: the event's own (`performer`) and each
 * session's, with name, link, photo and job title, written into the JSON and shown in the preview.
 */
import { expect } from '@open-wc/testing';
import type { EventEmbedElement } from '../../src/core/element.js';
import { mountTestBuilder } from '../support/builder.js';
import { until } from '../support/fixtures.js';

async function builder() {
  const b = await mountTestBuilder({
    scriptUrl: `${location.origin}/dist/event-embed.js`,
    acceptScriptOrigin: location.origin,
  });
  return {
    ...b,
    mode: (value: string) => b.$<HTMLInputElement>(`input[name="mode"][value="${value}"]`).click(),
    type(id: string, value: string) {
      const el = b.$<HTMLInputElement>(`#${id}`);
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
  };
}

describe('snippet builder: performers in the form', () => {
  it('shows the event’s performers and each session’s, and writes what is typed', async () => {
    const b = await builder();
    b.paste(
      JSON.stringify({
        '@type': 'Event',
        name: 'Talks',
        startDate: '2027-03-01',
        performer: { '@type': 'MusicGroup', name: 'The Band', sameAs: 'https://example.org/band' },
        subEvent: [{ name: 'Keynote', performer: { '@type': 'Person', name: 'Ada', jobTitle: 'CTO' } }],
      }),
    );
    b.mode('form');
    const label = (id: string) => b.root.querySelector(`label[for="${id}"]`)?.textContent;
    expect(b.$<HTMLInputElement>('#f-performer-0-name').value).to.equal('The Band');
    for (const f of ['name', 'url', 'image', 'jobTitle']) expect(b.$(`#f-performer-0-${f}`), f).to.exist;
    expect(label('f-performer-0-jobTitle')).to.equal('Job title');
    expect(b.$('#f-performer-add')).to.exist;
    expect(b.$('#f-performer-hint').textContent).to.contain('Who performs or speaks at the event itself');
    expect(b.$<HTMLInputElement>('#f-subEvent-0-performer-0-name').value).to.equal('Ada');
    expect(b.$<HTMLInputElement>('#f-subEvent-0-performer-0-jobTitle').value).to.equal('CTO');
    expect(b.$('#f-subEvent-0-performer-add')).to.exist;

    b.type('f-performer-0-url', 'https://example.org/the-band');
    b.type('f-subEvent-0-performer-0-image', 'https://example.org/ada.jpg');
    const doc = JSON.parse(b.json.value);
    expect(doc.performer).to.deep.equal([
      {
        '@type': 'MusicGroup',
        name: 'The Band',
        sameAs: 'https://example.org/band',
        url: 'https://example.org/the-band',
      },
    ]);
    expect(doc.subEvent[0].performer).to.deep.equal([
      { '@type': 'Person', name: 'Ada', jobTitle: 'CTO', image: 'https://example.org/ada.jpg' },
    ]);
    const card = b.$<EventEmbedElement>('#preview event-card');
    await until(
      () =>
        card.shadowRoot?.querySelector('[part="performers"] a')?.getAttribute('href') ===
        'https://example.org/the-band',
      'the preview card links the performer',
    );
    await expect(b.root).to.be.accessible();
  });
});
