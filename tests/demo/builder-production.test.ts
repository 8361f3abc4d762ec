/**
 * The snippet builder writes snippets for production: no script URL until the editor names a
 * real https: one, an integrity hash for a pinned version, notes for what search engines need,
 * and the readable JSON-LD block by default.
 */
import { expect } from '@open-wc/testing';
import { mountTestBuilder } from '../support/builder.js';
import { checkScriptUrl, PINNED_PATTERN } from '../../demo/builder/script-url.js';
import { buildSnippet } from '../../demo/builder/snippet.js';
import { VERSION } from '../../src/core/version.js';
import type { EventEmbedElement } from '../../src/core/element.js';
import { until } from '../support/fixtures.js';

async function builder(options: Parameters<typeof mountTestBuilder>[0] = {}) {
  const b = await mountTestBuilder({ bundleUrl: '/dist/event-embed.js', ...options });
  const { $ } = b;
  return {
    ...b,
    url(value: string) {
      $<HTMLInputElement>('#script-url').value = value;
      $('#script-url').dispatchEvent(new Event('input', { bubbles: true }));
    },
    snippet: () => $<HTMLTextAreaElement>('#snippet').value,
    copyable: () => !$<HTMLButtonElement>('#copy').disabled,
    why: () => ($('#copy-why').hidden ? '' : $('#copy-why').textContent),
  };
}

const MINIMAL = '{"@context": "https://schema.org", "@type": "Event", "name": "Meetup"}';
const FULL = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Meetup',
  description: 'Talks and a discussion.',
  startDate: '2027-03-01T18:00:00+02:00',
  eventStatus: 'https://schema.org/EventScheduled',
  location: { '@type': 'Place', name: 'Hall', address: 'Main St. 5, Helsinki' },
  image: `${location.origin}/demo/images/logos/minprirody.svg`,
  offers: { '@type': 'Offer', url: 'https://tickets.example.org/', price: '0', priceCurrency: 'EUR' },
  organizer: { '@type': 'Organization', name: 'Club', url: 'https://club.example.org/' },
  performer: { '@type': 'Person', name: 'A. Speaker' },
};

describe('snippet builder: the script URL', () => {
  it('starts empty, and Copy waits, saying why, until the URL is a real https: URL', async () => {
    const b = await builder();
    b.paste(MINIMAL);
    expect(b.$<HTMLInputElement>('#script-url').value).to.equal('');
    expect(b.copyable()).to.equal(false);
    expect(b.why()).to.contain('Fill in the script URL');
    expect(b.$<HTMLButtonElement>('#copy').getAttribute('aria-describedby')).to.equal('copy-why');
    for (const [url, why] of [
      ['http://localhost:5173/dist/event-embed.js', 'must start with https://'],
      ['https://localhost:5173/dist/event-embed.js', 'cannot reach'],
      ['https://192.168.1.10/event-embed.js', 'cannot reach'],
      ['https://www.your-site.example/event-embed.js', 'cannot reach'],
      [PINNED_PATTERN, 'placeholder'],
      ['/assets/event-embed.js', 'full address'],
    ]) {
      b.url(url);
      expect(b.copyable(), url).to.equal(false);
      expect(b.why(), url).to.contain(why);
    }
    b.url('https://www.partner-site.org/assets/event-embed/event-embed.js');
    expect(b.copyable()).to.equal(true);
    expect(b.why()).to.equal('');
    expect(b.snippet()).to.contain(
      '<script type="module" src="https://www.partner-site.org/assets/event-embed/event-embed.js"></script>',
    );
  });

  it('knows versions pinned the CDN way and the folder way', () => {
    expect(checkScriptUrl('https://cdn.jsdelivr.net/npm/event-embed@1.2.3/dist/event-embed.js')).to.deep.equal({
      why: '',
      version: '1.2.3',
    });
    expect(checkScriptUrl('https://www.site.org/event-embed/2.0.0-beta.1/event-embed.js').version).to.equal(
      '2.0.0-beta.1',
    );
    expect(checkScriptUrl('https://www.site.org/event-embed/event-embed.js').version).to.equal(undefined);
  });

  it('adds the integrity hash of the released file for this pinned version; the browser accepts it', async () => {
    const b = await builder();
    b.paste(MINIMAL);
    b.$<HTMLButtonElement>('#use-pinned').click();
    const pinned = PINNED_PATTERN.replace('VERSION', VERSION);
    expect(b.$<HTMLInputElement>('#script-url').value).to.equal(pinned);
    await until(() => b.snippet().includes('integrity='), 'the hash is computed');
    expect(b.copyable()).to.equal(true);
    const tag =
      /<script type="module" src="([^"]+)" integrity="(sha384-[A-Za-z0-9+/]{64})" crossorigin="anonymous"><\/script>/.exec(
        b.snippet(),
      );
    expect(tag?.[1]).to.equal(pinned);
    expect(b.$('#integrity').textContent).to.contain(`as released in version ${VERSION}`);
    // The same file served here, with that hash: the browser runs it only if the hash is right.
    const iframe = document.createElement('iframe');
    iframe.srcdoc = `<!doctype html><body>${b.snippet().replace(pinned, `${location.origin}/dist/event-embed.js`)}</body>`;
    document.body.append(iframe);
    try {
      await until(() => iframe.contentWindow?.customElements.get('event-card'), 'the pinned script runs');
      const el = iframe.contentDocument!.querySelector('event-card') as EventEmbedElement;
      await until(() => el.state === 'ready', 'the card renders');
    } finally {
      iframe.remove();
    }
  });

  it('adds no hash for another version, and says why', async () => {
    const b = await builder();
    b.paste(MINIMAL);
    b.url('https://cdn.jsdelivr.net/npm/event-embed@99.0.0/dist/event-embed.js');
    expect(b.copyable()).to.equal(true);
    expect(b.snippet()).not.to.contain('integrity=');
    expect(b.$('#integrity').textContent).to.contain(`holds version ${VERSION}`);
  });

  it('writes integrity and crossorigin escaped into the script tag', () => {
    const s = buildSnippet(
      { name: 'x' },
      { scriptUrl: 'https://a.org/e.js', integrity: 'sha384-a"b', tags: ['event-card'], form: 'block' },
    );
    expect(s).to.contain(
      '<script type="module" src="https://a.org/e.js" integrity="sha384-a&quot;b" crossorigin="anonymous"></script>',
    );
  });
});

describe('snippet builder: what search engines need', () => {
  it('notes each required and recommended field that is missing, in the builder and the console', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    try {
      const b = await builder();
      b.paste(MINIMAL);
      const notes = [...b.$('#search-notes').children].map((li) => li.textContent!);
      const fields = [
        'startDate',
        'location',
        'image',
        'offers',
        'organizer',
        'performer',
        'eventStatus',
        'description',
      ];
      expect(notes.map((n) => n.replace(/^Search engines /, '').split(':')[0])).to.deep.equal(fields);
      expect(notes[0]).to.contain('search engines require');
      expect(notes[1]).to.contain('search engines require');
      expect(notes[2]).to.contain('search engines recommend');
      expect(b.$('#search-notes').hidden).to.equal(false);
      expect(b.$('#status').textContent).to.contain('Search engines need more').and.not.contain('No problems found');
      for (const field of fields)
        expect(
          warned.some((w) => w.includes(`${field}: search engines`)),
          field,
        ).to.equal(true);
      // Each note once in the console, however often the data is read again.
      const count = warned.length;
      b.paste(`${MINIMAL} `);
      expect(warned.length).to.equal(count);
    } finally {
      console.warn = warn;
    }
  });

  it('has no note for an event with every field', async () => {
    const b = await builder();
    b.paste(JSON.stringify(FULL));
    expect(b.$('#search-notes').children).to.have.length(0);
    expect(b.$('#search-notes').hidden).to.equal(true);
    expect(b.$('#status').textContent).to.equal('No problems found.');
  });

  it('notes a relative image URL, and an image that does not load', async () => {
    const b = await builder();
    b.paste(
      JSON.stringify({ ...FULL, image: ['photos/hall.jpg', `${location.origin}/demo/images/no-such-photo.jpg`] }),
    );
    const text = () => b.$('#search-notes').textContent!;
    expect(text()).to.contain('image[0]: "photos/hall.jpg" is a relative URL');
    await until(() => text().includes('image[1]:'), 'the failing image is noted');
    expect(text()).to.contain(`image[1]: ${location.origin}/demo/images/no-such-photo.jpg did not load`);
  });
});

describe('snippet builder: the default snippet', () => {
  it('is the readable JSON-LD block, not an escaped attribute', async () => {
    const b = await builder({ scriptUrl: 'https://www.partner-site.org/event-embed.js' });
    b.paste(await (await fetch('/demo/data/seed.ru.json')).text());
    expect(b.$<HTMLInputElement>('input[name="form"][value="block"]').checked).to.equal(true);
    expect(b.snippet()).to.contain('<script type="application/ld+json">\n  {\n    "@context": "https://schema.org",');
    expect(b.snippet()).not.to.contain('event="');
    expect(b.snippet()).not.to.contain('&quot;');
  });
});
