/**
 * The builder's pre-rendered kind: what it tells a developer to run where the site is built
 * (`npx event-embed render …`), with the event to download, run here as written (by the test
 * server's `event-embed/ssr`, tests/support/ssr-plugin.js), and the HTML it prints taken over in
 * a page by the hydrating build it names.
 */
import { expect } from '@open-wc/testing';
import { mountTestBuilder } from '../support/builder.js';
import { hydrated, removePages } from '../support/ssr.js';

/** The arguments of a command line the builder wrote (words plain or in single quotes). */
const words = (line: string) =>
  [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2],
  );

describe('snippet builder: pre-rendered HTML', () => {
  afterEach(removePages);

  it('writes the commands for each widget and the event to download; run, they print HTML the library takes over', async () => {
    const b = await mountTestBuilder({ bundleUrl: '/dist/event-embed.js' });
    b.paste(await (await fetch('/demo/data/seed.ru.json')).text());
    b.$<HTMLSelectElement>('#lang').value = 'ru';
    b.$('#lang').dispatchEvent(new Event('change'));
    b.$<HTMLInputElement>('#script-url').value = 'https://www.partner-site.org/assets/event-embed/event-embed.js';
    b.$('#script-url').dispatchEvent(new Event('input'));
    b.$<HTMLInputElement>('input[name="form"][value="prerendered"]').click();
    const snippet = b.$<HTMLTextAreaElement>('#snippet').value;
    const commands = snippet.split('\n').filter((line) => line.startsWith('npx '));
    expect(commands).to.deep.equal([
      'npx event-embed render event.jsonld --tag event-card --lang ru --script-url https://www.partner-site.org/assets/event-embed/event-embed.hydrate.js > event-card.html',
    ]);
    // The event to save beside it: the JSON-LD as pasted.
    const link = b.$<HTMLAnchorElement>('#jsonld-download');
    expect(b.$('#jsonld-file').hidden).to.equal(false);
    expect(link.download).to.equal('event.jsonld');
    const saved = await (await fetch(link.href)).text();
    expect(JSON.parse(saved).name).to.equal(
      'Реализация стратегий устойчивого развития городов и регионов: от слов к делу',
    );
    expect(b.$<HTMLButtonElement>('#copy').disabled, b.$('#copy-why').textContent!).to.equal(false);

    // Run as written: the options it names, on the file it offers.
    const args = words(commands[0]);
    const option = (name: string) => args[args.indexOf(name) + 1];
    const q = new URLSearchParams({ tag: option('--tag'), lang: option('--lang') });
    const answer = await (await fetch(`/__ssr__/render?${q}`, { method: 'POST', body: saved })).json();
    expect(answer.error).to.equal(undefined);
    const { win, el } = await hydrated(answer.html, 'event-card');
    expect(el.state).to.equal('ready');
    expect(win.logged).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Реализация стратегий');

    // Back to a JSON-LD block: the usual snippet, no download.
    b.$<HTMLInputElement>('input[name="form"][value="block"]').click();
    expect(b.$<HTMLTextAreaElement>('#snippet').value).to.match(/^<script type="module"/);
    expect(b.$('#jsonld-file').hidden).to.equal(true);
  });

  it('quotes what a shell would read otherwise, and names every widget chosen', async () => {
    const b = await mountTestBuilder({ bundleUrl: '/dist/event-embed.js' });
    b.paste(await (await fetch('/demo/data/seed.ru.json')).text());
    for (const box of b.root.querySelectorAll<HTMLInputElement>('input[name="tag"]:not(:checked)')) box.click();
    b.$<HTMLInputElement>('#script-url').value = "https://www.example.org/it's/event-embed.js?v=1&x=2";
    b.$('#script-url').dispatchEvent(new Event('input'));
    b.$<HTMLInputElement>('input[name="form"][value="prerendered"]').click();
    const commands = b
      .$<HTMLTextAreaElement>('#snippet')
      .value.split('\n')
      .filter((line) => line.startsWith('npx '));
    expect(commands.map((c) => words(c)[5])).to.deep.equal([
      'event-card',
      'event-agenda',
      'event-gallery',
      'event-organizers',
      'event-announcement',
    ]);
    // One script tag, with the first; the URL as typed, quoted, the hydrating build in it.
    expect(commands.filter((c) => c.includes('--script-url'))).to.have.length(1);
    expect(commands[0]).to.contain(`--script-url 'https://www.example.org/it'\\''s/event-embed.hydrate.js?v=1&x=2'`);
    expect(words(commands[0]).at(-3)).to.equal("https://www.example.org/it's/event-embed.hydrate.js?v=1&x=2");
  });
});
