import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventEmbedElement } from '../../src/core/element.js';
import { mountTestBuilder, schemaBuilt } from '../support/builder.js';
import { until } from '../support/fixtures.js';

/** The builder as demo/builder.html has it, wired up by its module, in the test page. */
async function builder() {
  const b = await mountTestBuilder({
    scriptUrl: `${location.origin}/dist/event-embed.js`,
    acceptScriptOrigin: location.origin,
  });
  const { $ } = b;
  return {
    ...b,
    choose(selector: string) {
      const input = $<HTMLInputElement>(selector);
      input.click();
    },
    async preview(tag = 'event-card') {
      const el = $<EventEmbedElement>(`#preview ${tag}`);
      await until(() => el.state !== 'loading', `${tag} in the preview renders`);
      await el.updateComplete;
      return el;
    },
    snippet: () => $<HTMLTextAreaElement>('#snippet').value,
  };
}

/** Clicks "Copy snippet" with the Clipboard API replaced, and returns what was copied. */
async function copy(b: Awaited<ReturnType<typeof builder>>, writeText?: (t: string) => Promise<void>) {
  let copied = '';
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: writeText ?? (async (t: string) => void (copied = t)) },
  });
  try {
    b.$<HTMLButtonElement>('#copy').click();
    await until(() => b.$('#copy-status').textContent, 'the copy button answers');
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
  return copied;
}

/** A blank page holding only the snippet; resolves with the element once it has rendered. */
async function blankPage(snippet: string, tag = 'event-card') {
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`;
  document.body.append(iframe);
  await until(() => iframe.contentDocument?.querySelector(tag)?.shadowRoot, `<${tag}> upgrades in the blank page`);
  const el = iframe.contentDocument!.querySelector(tag) as EventEmbedElement;
  await until(() => el.state !== 'loading', `<${tag}> renders in the blank page`);
  await el.updateComplete;
  return { el, iframe };
}

const text = (el: Element, part: string) =>
  el.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

const seed = async () => (await fetch('/demo/data/seed.ru.json')).text();
const TRICKY = `{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "Tom & Jerry's \\"Open\\" <Meetup> </script><!-- «Ёлка» & 東京",
  "startDate": "2027-03-01T18:00:00+02:00",
  "endDate": "2027-03-01T20:30:00+02:00",
  "timeZone": "Europe/Helsinki",
  "location": { "@type": "Place", "name": "O'Neil & Sons", "address": "Café \\"Zero\\", Main St. <5>" },
  "url": "https://example.org/?a=1&b='2'"
}`;

describe('snippet builder: paste, preview, copy, paste into a page', () => {
  for (const [name, data] of [
    ['the Russian seed event', seed],
    ['quotes, apostrophes, ampersands, </script> and non-Latin text', async () => TRICKY],
  ] as const) {
    for (const form of ['attribute', 'block'] as const) {
      it(`${name}, in the ${form === 'block' ? 'JSON-LD block' : 'event attribute'}: the copied snippet renders the same event`, async () => {
        const b = await builder();
        b.paste(await data());
        b.$<HTMLSelectElement>('#lang').value = 'ru';
        b.$('#lang').dispatchEvent(new Event('change'));
        b.choose(`input[name="form"][value="${form}"]`);
        b.choose('#fallback');
        const preview = await b.preview();
        expect(preview.state).to.equal('ready');
        const title = text(preview, 'title');
        const when = text(preview, 'when');
        expect(title).to.equal(JSON.parse(await data()).name);

        const copied = await copy(b);
        expect(copied).to.equal(b.snippet());
        expect(copied).to.contain(`<script type="module" src="${location.origin}/dist/event-embed.js"></script>`);
        expect(copied).to.contain(form === 'block' ? '<script type="application/ld+json">' : 'event="{&quot;');

        const { el, iframe } = await blankPage(copied);
        try {
          expect(el.state).to.equal('ready');
          expect(el.getAttribute('lang')).to.equal('ru');
          expect(text(el, 'title')).to.equal(title);
          expect(text(el, 'when')).to.equal(when);
          // The fallback for readers without JavaScript is there, and says the same.
          expect(el.querySelector('p > strong')!.textContent).to.equal(title);
          // Nothing of the data became markup in the page.
          expect(iframe.contentDocument!.querySelectorAll('body > :not(script, event-card)')).to.have.length(0);
        } finally {
          iframe.remove();
        }
      });
    }
  }

  it('shares one JSON-LD block between several widgets, and each renders in the page', async () => {
    const b = await builder();
    const tags = [...b.root.querySelectorAll<HTMLInputElement>('input[name="tag"]')].map((i) => i.value);
    for (const box of b.root.querySelectorAll<HTMLInputElement>('input[name="tag"]:not(:checked)')) box.click();
    b.paste(await seed());
    b.choose('input[name="form"][value="block"]');
    const snippet = b.snippet();
    expect(snippet.match(/<script type="application\/ld\+json"/g)).to.have.length(1);
    for (const tag of tags) {
      expect(snippet).to.match(new RegExp(`<${tag} [^>]*src="#event-[a-z0-9]+"`));
      const preview = await b.preview(tag);
      expect(preview.state).to.be.oneOf(['ready', 'empty']);
    }
    const { el, iframe } = await blankPage(snippet, tags.at(-1));
    try {
      expect(el.state).to.be.oneOf(['ready', 'empty']);
    } finally {
      iframe.remove();
    }
  });
});

describe('snippet builder: the widgets offered', () => {
  it('offers every registered event-* element, the card chosen by default', async () => {
    const b = await builder();
    const offered = [...b.root.querySelectorAll<HTMLInputElement>('input[name="tag"]')];
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented: string[] = manifest.modules
      .flatMap((m: any) => m.declarations ?? [])
      .flatMap((d: any) => (d.tagName ? [d.tagName] : []));
    const expected = [
      ...new Set([
        'event-card',
        'event-agenda',
        'event-organizers',
        'event-gallery',
        'event-announcement',
        ...documented,
      ]),
    ].filter((t) => customElements.get(t));
    expect(offered.map((i) => i.value).sort()).to.deep.equal(expected.sort());
    expect(offered.filter((i) => i.checked).map((i) => i.value)).to.deep.equal(['event-card']);
    for (const box of offered) expect(box.closest('label')!.textContent).to.contain(`<${box.value}>`);
  });
});

describe('snippet builder: problems, inline', () => {
  it('marks the line and column of broken JSON, counting blank lines above it, and gives no snippet', async () => {
    const b = await builder();
    b.paste('\n\n{\n  "@type": "Event",\n  "name": "Meetup"\n  "startDate": "2027-03-01T18:00:00+02:00"\n}');
    const items = [...b.root.querySelectorAll('#json-problems li')];
    expect(items).to.have.length(1);
    expect(items[0].className).to.equal('error');
    expect(items[0].textContent).to.contain('Line 6, column 3');
    expect(items[0].textContent).to.contain(
      'The event data is not valid JSON: at line 6, column 3 it expects a comma or a closing }',
    );
    expect(b.$('#gutter').children[5].className).to.equal('error');
    expect(b.json.getAttribute('aria-invalid')).to.equal('true');
    expect(b.json.getAttribute('aria-describedby')).to.contain('json-problems');
    expect(b.snippet()).to.equal('');
    expect(b.$<HTMLButtonElement>('#copy').disabled).to.equal(true);
    expect(b.$('#status').textContent).to.contain('cannot be shown');

    // The line button takes the caret there.
    items[0].querySelector('button')!.click();
    expect(document.activeElement).to.equal(b.json);
    const before = b.json.value.slice(0, b.json.selectionStart);
    expect(before.split('\n').length).to.equal(6);
    expect(before.split('\n').at(-1)!.length).to.equal(2);
  });

  it('names a trailing comma, an unclosed bracket and a missing quote, on their own lines', async () => {
    const b = await builder();
    const said = () => {
      const items = [...b.root.querySelectorAll('#json-problems li')];
      expect(items).to.have.length(1);
      const marked = [...b.$('#gutter').children].flatMap((g, i) => (g.className === 'error' ? [i + 1] : []));
      return [items[0].querySelector('button')!.textContent, marked, items[0].textContent!.replace(/\s+/g, ' ').trim()];
    };
    b.paste('{\n  "@type": "Event",\n  "name": "Meetup",\n  "startDate": "2027-03-01T18:00:00+02:00",\n}');
    expect(said()).to.deep.equal([
      'Line 4, column 43',
      [4],
      'Error Line 4, column 43 The event data is not valid JSON: the comma at line 4, column 43 comes after the last entry, just before the closing }; remove that comma.',
    ]);
    b.paste('{\n  "@type": "Event",\n  "name": "Meetup",\n  "location": {\n    "name": "Hall"\n}');
    expect(said().slice(0, 2)).to.deep.equal(['Line 1, column 1', [1]]);
    expect(said()[2]).to.contain('the { opened at line 1, column 1 is never closed; add the closing } where it ends.');
    b.paste('{\n  "@type": "Event",\n  "name": "Meetup,\n  "startDate": "2027-03-01"\n}');
    expect(said().slice(0, 2)).to.deep.equal(['Line 3, column 11', [3]]);
    expect(said()[2]).to.contain('has no closing double quote before its line ends');
  });

  it('puts each warning on the line of its field, and still gives a snippet', async () => {
    const b = await builder();
    b.paste(
      '{\n  "@type": "Event",\n  "name": "Meetup",\n  "startDate": "next Tuesday",\n  "organizer": [\n    { "name": "A" },\n    { "url": "https://example.org" }\n  ]\n}',
    );
    const items = [...b.root.querySelectorAll('#json-problems li')].map((li) => [
      li.className,
      li.querySelector('button')!.textContent,
      li.textContent,
    ]);
    expect(items.map((i) => i.slice(0, 2))).to.deep.equal([
      ['warning', 'Line 4'],
      ['warning', 'Line 4'],
      ['warning', 'Line 1'],
      ['warning', 'Line 7'],
    ]);
    expect(items[0][2]).to.contain('startDate: "next Tuesday" is not a date');
    // With no date left, the event says so (and, with no place either, that too: on the object's line).
    expect(items[1][2]).to.contain('startDate: the event has no date');
    expect(items[2][2]).to.contain('location: the event has no place');
    expect(items[3][2]).to.contain('organizer[1]: an entry without a name is skipped');
    const gutter = [...b.$('#gutter').children].map((d) => d.className);
    expect(gutter).to.deep.equal(['warning', '', '', 'warning', '', '', 'warning', '', '']);
    expect(b.json.getAttribute('aria-invalid')).to.equal('false');
    expect(b.snippet()).to.contain('<event-card');
  });

  it('reads a real document as the widgets do, and says the same: several events, which is shown', async () => {
    const b = await builder();
    b.paste(await (await fetch('/tests/fixtures/real/008-songkick-years-and-years-nested-arrays.json')).text());
    const text = b.$('#json-problems').textContent!;
    expect(text).to.contain('the data holds 13 events; the first, "Years & Years", is shown');
    expect(b.snippet()).to.contain('<event-card');
  });

  it('says where the name is missing, in the form as next to the field', async () => {
    const b = await builder();
    b.paste('{"@type": "Event", "startDate": "2027-03-01"}');
    expect(b.$('#json-problems').textContent).to.contain('name: the event has no name');
    b.choose('input[name="mode"][value="form"]');
    const name = b.$<HTMLInputElement>('#f-name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    const described = name
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => b.root.querySelector(`#${id}`)!.textContent);
    expect(described.join(' ')).to.contain('the event has no name');
    expect(b.$('#form-problems').children).to.have.length(0);
  });
});

describe('snippet builder: the form from the JSON Schema', () => {
  it('builds fields from the schema, with labels, help, enums and a time-zone picker', async () => {
    const b = await builder();
    b.choose('input[name="mode"][value="form"]');
    const schema = await (await fetch('/dist/event.schema.json')).json();
    const label = (id: string) => b.root.querySelector(`label[for="${id}"]`)?.textContent;
    expect(label('f-name')).to.equal('Name (required)');
    expect(b.$('#f-name-hint').textContent).to.equal(schema.definitions.EventInput.properties.name.description);
    const status = b.$<HTMLSelectElement>('#f-eventStatus');
    expect([...status.options].map((o) => o.value).filter(Boolean)).to.deep.equal(
      schema.definitions.EventStatusValue.enum.filter((v: string) => v.startsWith('https://')),
    );
    const zones = b.$<HTMLSelectElement>('#f-timeZone');
    expect(zones.options.length).to.equal(Intl.supportedValuesOf('timeZone').length + 1);
    expect(b.$('#f-startDate').getAttribute('type')).to.equal('date');
    expect(b.$('#f-startDate-time').getAttribute('type')).to.equal('time');
    for (const list of ['organizer', 'image', 'subEvent', 'location']) expect(b.$(`#f-${list}-add`), list).to.exist;
  });

  it('writes what is typed into the JSON, dates with the offset of the chosen zone, and updates the preview', async () => {
    const b = await builder();
    b.choose('input[name="mode"][value="form"]');
    const type = (id: string, value: string) => {
      const el = b.$<HTMLInputElement>(`#${id}`);
      el.value = value;
      el.dispatchEvent(new Event(el.localName === 'select' ? 'change' : 'input', { bubbles: true }));
    };
    type('f-name', 'Круглый стол & "друзья"');
    type('f-startDate', '2017-10-23');
    type('f-startDate-time', '15:00');
    type('f-timeZone', 'Europe/Moscow');
    let data = JSON.parse(b.json.value);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Круглый стол & "друзья"',
      timeZone: 'Europe/Moscow',
    });
    expect(data.startDate).to.equal('2017-10-23T15:00:00+03:00');
    // Another zone re-writes the offset; summer time counts.
    type('f-timeZone', 'Europe/Helsinki');
    type('f-endDate', '2017-10-23');
    data = JSON.parse(b.json.value);
    expect(data.startDate).to.equal('2017-10-23T15:00:00+03:00');
    expect(data.endDate).to.equal('2017-10-23');
    type('f-startDate', '2017-11-23');
    expect(JSON.parse(b.json.value).startDate).to.equal('2017-11-23T15:00:00+02:00');
    const preview = await b.preview();
    expect(text(preview, 'title')).to.equal('Круглый стол & "друзья"');
    expect(text(preview, 'when')).to.contain('November 23, 2017');
  });

  it('adds and removes list items from the keyboard, and ties a bad link to its field', async () => {
    const b = await builder();
    b.paste('{"@type": "Event", "name": "Meetup", "organizer": "Solo"}');
    b.choose('input[name="mode"][value="form"]');
    expect(b.$<HTMLInputElement>('#f-organizer-0-name').value).to.equal('Solo');
    b.$('#f-organizer-add').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement?.id === 'f-organizer-1-name', 'the new item gets focus');
    await sendKeys({ type: 'ACME' });
    await until(() => b.json.value.includes('ACME'), 'typing reaches the JSON');
    b.$<HTMLInputElement>('#f-organizer-1-url').value = 'javascript:alert(1)';
    b.$('#f-organizer-1-url').dispatchEvent(new Event('input'));
    expect(JSON.parse(b.json.value).organizer).to.deep.equal(['Solo', { name: 'ACME', url: 'javascript:alert(1)' }]);
    const url = b.$('#f-organizer-1-url');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(b.$('#f-organizer-1-url-problems').textContent).to.contain('is not an allowed link');
    await expect(b.root).to.be.accessible();

    b.root.querySelector<HTMLButtonElement>('#f-organizer-0 .remove')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => document.activeElement?.id === 'f-organizer-add', 'focus goes to the add button');
    expect(JSON.parse(b.json.value).organizer).to.deep.equal([{ name: 'ACME', url: 'javascript:alert(1)' }]);
  });
});

describe('snippet builder: options and copying', () => {
  it('applies language, colours and accent to the preview and the snippet', async () => {
    const b = await builder();
    b.paste(await seed());
    b.$<HTMLSelectElement>('#lang').value = 'ru';
    b.$('#lang').dispatchEvent(new Event('change'));
    b.choose('input[name="theme"][value="dark"]');
    const accent = b.$<HTMLInputElement>('#accent');
    accent.value = '#00695c';
    accent.dispatchEvent(new Event('input'));
    const preview = await b.preview();
    expect(preview.getAttribute('theme')).to.equal('dark');
    expect(preview.style.getPropertyValue('--event-embed-accent').trim()).to.equal('#00695c');
    await until(() => text(preview, 'when')?.includes('октября'), 'the preview speaks Russian');
    const el = new DOMParser().parseFromString(b.snippet(), 'text/html').querySelector('event-card')!;
    expect(el.getAttribute('lang')).to.equal('ru');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttribute('style')).to.equal('--event-embed-accent: #00695c');
  });

  it('selects the snippet and says how to copy it when the browser refuses', async () => {
    const b = await builder();
    b.paste(TRICKY);
    await copy(b, () => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const area = b.$<HTMLTextAreaElement>('#snippet');
    expect(document.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    expect(b.$('#copy-status').textContent).to.contain('press Ctrl+C');
  });

  it('loads the examples with their images made absolute', async () => {
    const b = await builder();
    b.$<HTMLButtonElement>('[data-example="seed.ru"]').click();
    await until(() => b.json.value, 'the example loads');
    const data = JSON.parse(b.json.value);
    expect(data.organizer[0].logo).to.equal(`${location.origin}/demo/images/logos/minprirody.svg`);
    expect((await b.preview()).state).to.equal('ready');
  });
});

describe('snippet builder: accessibility', () => {
  it('has no axe violations empty, with an event, with errors, and in the form', async () => {
    const b = await builder();
    await expect(b.root).to.be.accessible();
    b.paste(await seed());
    await b.preview();
    await expect(b.root).to.be.accessible();
    b.paste('{"@type": "Event", "name": "x" "startDate": 1}');
    await b.preview();
    await expect(b.root).to.be.accessible();
    b.paste('{"@type": "Event", "startDate": "soon", "image": [{"caption": "no url"}]}');
    b.choose('input[name="mode"][value="form"]');
    expect(b.root.querySelectorAll('[aria-invalid="true"]').length).to.be.greaterThan(0);
    await expect(b.root).to.be.accessible();
  });
});

describe('snippet builder: the page itself', () => {
  it('works as demo/builder.html, with no horizontal scrolling on a 320 px phone', async () => {
    await schemaBuilt();
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 320px; height: 600px; border: 0';
    iframe.src = '/demo/builder.html';
    document.body.append(iframe);
    try {
      await until(() => iframe.contentDocument?.querySelector('input[name="tag"]'), 'the page wires itself up');
      const doc = iframe.contentDocument!;
      doc.querySelector<HTMLButtonElement>('[data-example="sample.en"]')!.click();
      await until(() => doc.querySelector<HTMLTextAreaElement>('#json')!.value, 'the example loads');
      await until(
        () => (doc.querySelector('#preview event-card') as EventEmbedElement | null)?.state === 'ready',
        'the preview renders',
      );
      // No script URL until the editor names one, and no copying before.
      expect(doc.querySelector<HTMLInputElement>('#script-url')!.value).to.equal('');
      expect(doc.querySelector<HTMLButtonElement>('#copy')!.disabled).to.equal(true);
      expect(doc.querySelector('#copy-why')!.textContent).to.contain('Fill in the script URL');
      for (const mode of ['json', 'form']) {
        doc.querySelector<HTMLInputElement>(`input[name="mode"][value="${mode}"]`)!.click();
        expect(doc.documentElement.scrollWidth, `${mode} view`).to.be.at.most(320);
      }
      expect(doc.querySelectorAll('#form input').length).to.be.greaterThan(10);
    } finally {
      iframe.remove();
    }
  });
});
