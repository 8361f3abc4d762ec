import { expect, fixture } from '@open-wc/testing';
import { renderReference } from '../../demo/builder/reference.js';

async function reference(manifestUrl: string) {
  const root = await fixture<HTMLElement>(document.createElement('main'));
  const status = document.createElement('p');
  status.id = 'reference-status';
  root.append(status);
  await renderReference(root, manifestUrl);
  return root;
}

const rows = (root: HTMLElement, id: string) => root.querySelectorAll(`[aria-labelledby="${id}"] tbody tr`).length;

describe('reference page', () => {
  it('documents every element of custom-elements.json: attributes, properties, events, states, parts, tokens', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const root = await reference('/custom-elements.json');
    const elements = manifest.modules.flatMap((m: any) => m.declarations ?? []).filter((d: any) => d.tagName);
    expect(elements.length).to.be.greaterThan(0);
    expect(root.querySelector('#reference-status')!.textContent).to.match(
      new RegExp(`^${elements.length} elements?\\.$`),
    );
    for (const d of elements) {
      const tag = d.tagName;
      const section = root.querySelector(`section[id="${tag}"]`)!;
      expect(section, tag).to.exist;
      expect(section.querySelector('h2')!.textContent).to.equal(`<${tag}>`);
      expect(rows(root, `${tag}-attributes`), `${tag} attributes`).to.equal(d.attributes?.length ?? 0);
      expect(rows(root, `${tag}-events`), `${tag} events`).to.equal(d.events?.length ?? 0);
      expect(rows(root, `${tag}-states`), `${tag} states`).to.equal(d.cssStates?.length ?? 0);
      expect(rows(root, `${tag}-parts`), `${tag} parts`).to.equal(d.cssParts?.length ?? 0);
      expect(rows(root, `${tag}-tokens`), `${tag} tokens`).to.equal(d.cssProperties?.length ?? 0);
      for (const s of d.cssStates ?? []) expect(section.textContent).to.contain(`:state(${s.name})`);
      for (const p of d.cssParts ?? []) expect(section.textContent).to.contain(`::part(${p.name})`);
      for (const p of d.cssProperties ?? []) expect(section.textContent).to.contain(p.name);
      expect(root.querySelector(`nav a[href="#${tag}"]`), `${tag} in the contents`).to.exist;
    }
    const card = root.querySelector('section[id="event-card"]')!;
    expect(card.textContent).to.contain('errorMessage'); // a property that is no attribute
    expect(card.textContent).to.contain('(read-only)');
    // axe over the contents and the largest section (every section is built alike; axe over the
    // whole page took over 30 s in WebKit on a loaded machine, and the docs' element pages,
    // tests/demo/docs.test.ts, are checked whole).
    await expect(root.querySelector('nav')!).to.be.accessible();
    await expect(card).to.be.accessible();
  });

  it('shows the manifest’s text as text, never as markup', async () => {
    const manifest = {
      modules: [
        {
          declarations: [
            {
              tagName: 'event-x',
              summary: 'Uses `<img src=x onerror=alert(1)>` and <b>bold</b>',
              cssParts: [{ name: 'p', description: '<script>alert(1)</script>' }],
            },
          ],
        },
      ],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(manifest)], { type: 'application/json' }));
    const root = await reference(url);
    expect(root.querySelectorAll('img, b, script')).to.have.length(0);
    expect(root.querySelector('section p code')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(root.textContent).to.contain('<script>alert(1)</script>');
  });

  it('says so when the manifest cannot be loaded', async () => {
    const root = await reference('/no-such-manifest.json');
    expect(root.querySelector('#reference-status')!.textContent).to.contain(
      'could not be loaded: the server answered 404',
    );
  });
});
