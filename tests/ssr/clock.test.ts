/**
 * What depends on the reader's clock, in pre-rendered HTML (`event-embed/ssr`): the server
 * writes it as at the moment the HTML is made (`now`), and the browser brings it up to date
 * once it has taken the HTML over ("Starts in 3 days" → "Happening now", the agenda's "now"
 * and "next"), without moving anything on the page.
 */
import { expect } from '@open-wc/testing';
import { hydrated, moved, prerendered, removePages } from '../support/ssr.js';

const H = 36e5;
const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** An event under way: three sessions, the first over, the second on, the third next. */
function running(now: number) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Under way',
    startDate: at(now - 2 * H),
    endDate: at(now + 3 * H),
    location: { '@type': 'Place', name: 'Hall A', address: 'Tallinn' },
    subEvent: [
      { '@type': 'Event', name: 'Over', startDate: at(now - 2 * H), endDate: at(now - H) },
      { '@type': 'Event', name: 'On', startDate: at(now - H / 2), endDate: at(now + H / 2) },
      { '@type': 'Event', name: 'Next', startDate: at(now + H), endDate: at(now + 2 * H) },
    ],
  };
}

/** Pre-rendered as at `then`, hydrated now. */
async function page(tag: string, then: number) {
  const now = Date.now();
  const json = JSON.stringify(running(now));
  const html = await prerendered(tag, '', 'en', { json, now: String(then) });
  return hydrated(html, tag);
}

describe('pre-rendered HTML: what depends on the clock', () => {
  afterEach(removePages);

  it('the card made 3 days before says "Starts in 3 days"; hydrated, "Happening now", nothing moved', async () => {
    const { win, el } = await page('event-card', Date.now() - 5 * H - 3 * 24 * H);
    const status = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(win.text).to.contain('Starts in 3 days');
    await win.customElements.whenDefined('event-card');
    expect(status.textContent!.trim()).to.equal('Happening now');
    expect(status.getAttribute('data-time')).to.equal('now');
    expect(moved(win)).to.deep.equal([]);
    expect(win.shifts, 'layout shifts (Chromium)').to.deep.equal([]);
    expect(win.logged).to.deep.equal([]);
  });

  it('the card made a year before (no word of the clock yet); hydrated, "Happening now", nothing moved', async () => {
    const { win, el } = await page('event-card', Date.now() - 365 * 24 * H);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Happening now');
    expect(moved(win)).to.deep.equal([]);
    expect(win.shifts, 'layout shifts (Chromium)').to.deep.equal([]);
  });

  it('viewer-time, made for readers in Tokyo: hydrated, the times of this reader (Los Angeles), the lines where they were', async () => {
    const now = Date.now();
    const json = JSON.stringify({
      ...running(now),
      startDate: '2027-09-14T09:00:00+03:00',
      endDate: '2027-09-14T18:00:00+03:00',
      subEvent: undefined,
    });
    const html = await prerendered('event-card', '', 'en', { json, timeZone: 'Asia/Tokyo', 'attr.viewer-time': '' });
    const { win, el } = await hydrated(html, 'event-card');
    const yours = () => el.shadowRoot!.querySelector('[part="viewer-time"]')!.textContent!.replace(/\s+/g, ' ').trim();
    // 09:00 in Moscow: written as 3:00 PM for Tokyo, now 11:00 PM the day before for this reader.
    expect(win.text).to.contain('3:00 PM');
    expect(yours()).to.contain('11:00 PM');
    expect(yours()).not.to.contain('3:00 PM');
    expect(win.logged).to.deep.equal([]);
    expect(moved(win)).to.deep.equal([]);
    expect(win.shifts, 'layout shifts (Chromium)').to.deep.equal([]);
  });

  it('the agenda with viewer-time, made for readers in Tokyo: hydrated, the times of this reader', async () => {
    const json = JSON.stringify({
      ...running(Date.now()),
      startDate: '2027-09-14T09:00:00+03:00',
      endDate: '2027-09-14T18:00:00+03:00',
      subEvent: [
        {
          '@type': 'Event',
          name: 'Opening',
          startDate: '2027-09-14T09:00:00+03:00',
          endDate: '2027-09-14T10:00:00+03:00',
        },
      ],
    });
    const html = await prerendered('event-agenda', '', 'en', { json, timeZone: 'Asia/Tokyo', 'attr.viewer-time': '' });
    const { win, el } = await hydrated(html, 'event-agenda');
    expect(win.text).to.contain('3:00 PM');
    const time = el.shadowRoot!.querySelector('[part="time"]')!.textContent!;
    expect(time).to.contain('11:00 PM');
    expect(el.shadowRoot!.querySelector('[part="zone"]')!.textContent).to.match(/Pacific/);
    expect(win.logged).to.deep.equal([]);
  });

  it('the agenda: "now" and "next" marked once hydrated, nothing moved', async () => {
    const { win, el } = await page('event-agenda', Date.now() - 24 * H);
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
    expect(items.map((li) => li.dataset.mark ?? '')).to.deep.equal(['', 'now', 'next']);
    expect(items[1].querySelector('[part="badge"]')!.textContent).to.equal('Now');
    expect(items[1].getAttribute('aria-current')).to.equal('time');
    expect(moved(win)).to.deep.equal([]);
    expect(win.shifts, 'layout shifts (Chromium)').to.deep.equal([]);
    expect(win.logged).to.deep.equal([]);
  });
});
