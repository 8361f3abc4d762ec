// Endpoints of the test server (Web Test Runner's dev server) for loading data from `src`:
// real HTTP answers, slow ones, failures, and a hit counter to prove that shared URLs are
// fetched once.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const hits = new Map();

/**
 * The policy a partner page may enforce: the bundles need only the Trusted Types policy name
 * `event-embed` (Lit's templates and the structured-data block), whatever copies are loaded;
 * `lit-html` is there for a host page's own Lit (docs/csp.md).
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html event-embed";
/** The same without lit-html: what a page that does not use Lit itself allows. */
export const BUNDLE_CSP = STRICT_CSP.replace(' lit-html', '');

const TAGS = ['event-card', 'event-agenda', 'event-organizers', 'event-gallery', 'event-announcement'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware for /__test__/… */
export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test__/')) return next();
  const route = url.pathname.slice('/__test__/'.length);
  const key = url.searchParams.get('key') ?? route;
  if (route === 'strict') {
    ctx.type = 'text/html';
    ctx.set('content-security-policy', STRICT_CSP);
    ctx.body = await readFile(new URL('../embedding/pages/strict.html', import.meta.url), 'utf8');
    return;
  }
  if (route === 'tt') {
    // A page with the given scripts, in order (`m:` module, `c:` classic, `d:` deferred classic),
    // after tests/embedding/pages/record.js, with every element; `csp=bundle` leaves lit-html out.
    const scripts = url.searchParams.getAll('s').map((s) => {
      const [kind, src] = [s.slice(0, 1), s.slice(2)];
      return kind === 'm'
        ? `<script type="module" src="${src}"></script>`
        : `<script src="${src}"${kind === 'd' ? ' defer' : ''}></script>`;
    });
    ctx.type = 'text/html';
    ctx.set('content-security-policy', url.searchParams.get('csp') === 'bundle' ? BUNDLE_CSP : STRICT_CSP);
    // `clobber=name`: a form of that id, as markup a CMS lets through, before the scripts (in
    // <body> then), for tests/embedding/clobbering.test.ts.
    const clobber = url.searchParams.get('clobber');
    const form = clobber ? `<form id="${clobber.replace(/\W/g, '')}"><input name="ru"><input name="push"></form>` : '';
    ctx.body =
      `<!doctype html><html lang="${url.searchParams.get('lang') ?? 'en'}"><head><meta charset="utf-8">` +
      `<script src="/tests/embedding/pages/record.js"></script>${clobber ? '' : scripts.join('')}</head>` +
      `<body>${form}${clobber ? scripts.join('') : ''}<host-app></host-app>` +
      TAGS.map(
        (t) => `<${t} src="/demo/data/sample.en.json"${t === 'event-card' ? ' structured-data' : ''}></${t}>`,
      ).join('') +
      '</body></html>';
    return;
  }
  if (route.startsWith('v2/')) {
    // Another version of the library, honestly: the built files with another VERSION string.
    const file = new URL(`../../${route.slice('v2/'.length)}`, import.meta.url);
    ctx.type = 'text/javascript';
    ctx.body = (await readFile(file, 'utf8')).replaceAll('`0.1.0`', '`0.2.0`').replaceAll('"0.1.0"', '"0.2.0"');
    return;
  }
  if (route === 'cls') {
    // The seed announcement as a partner would paste it: the data in a JSON-LD block, readable
    // fallback content inside each element, the script last.
    const seed = await readFile(new URL('../../demo/data/seed.ru.json', import.meta.url), 'utf8');
    const page = await readFile(new URL('../embedding/pages/cls.html', import.meta.url), 'utf8');
    ctx.type = 'text/html';
    ctx.body = page.replace('<!-- seed -->', seed.replaceAll('../images/', '/demo/images/').replace(/</g, '\\u003c'));
    return;
  }
  if (route === 'streamed') {
    // A page that the parser reads in two parts, a pause apart (the library is a classic script
    // in <head>, so the elements upgrade while the document is still loading): a card whose
    // JSON-LD child comes in the second part, and a card with no data at all.
    ctx.type = 'text/html';
    const pause = Number(url.searchParams.get('pause') ?? 300);
    ctx.body = Readable.from(
      (async function* () {
        yield `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
          window.log = [];
          const note = (e) => log.push([e.type, e.target.id, Math.round(performance.now())]);
          addEventListener('event-embed-load', note);
          addEventListener('event-embed-error', note);
          addEventListener('error', (e) => log.push(['page-error', String(e.message)]));
          addEventListener('unhandledrejection', (e) => log.push(['page-error', String(e.reason)]));
          document.addEventListener('DOMContentLoaded', () => log.push(['parsed', '', Math.round(performance.now())]));
        </script><script src="/dist/event-embed.classic.js"></script></head><body>
        <event-card id="late"><script type="application/ld+json">{"name": "Streamed in",`;
        // A chunk break inside the block, as a slow network makes it.
        yield ' '.repeat(4096);
        await sleep(pause);
        yield ` "startDate": "2030-01-01"}</script></event-card>\n<event-card id="none"></event-card>\n`;
        await sleep(pause);
        yield '<p>The end.</p></body></html>';
      })(),
    );
    return;
  }
  if (route === 'hits') {
    ctx.body = String(hits.get(key) ?? 0);
    return;
  }
  hits.set(key, (hits.get(key) ?? 0) + 1);
  await sleep(Number(url.searchParams.get('delay') ?? 0));
  ctx.set('cache-control', 'no-store');
  if (route === 'event') {
    ctx.type = 'application/ld+json';
    ctx.body = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: url.searchParams.get('name') ?? 'Served event',
      startDate: '2099-01-01T10:00:00Z',
      image: 'photo.svg',
    });
  } else if (route === 'status') {
    ctx.status = Number(url.searchParams.get('code') ?? 404);
    ctx.body = 'Not here';
  } else if (route === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Sign in</title>';
  } else if (route === 'broken') {
    ctx.type = 'application/json';
    ctx.body = '{"name": "Broken",\n "startDate": }';
  } else if (route === 'image') {
    // A demo photo, after `delay`: an image still on its way when a test looks.
    ctx.type = 'image/svg+xml';
    const name = (url.searchParams.get('file') ?? '').replace(/[^\w-]/g, '');
    ctx.body = await readFile(new URL(`../../demo/images/photos/${name}.svg`, import.meta.url));
  } else if (route === 'big') {
    // `size` bytes of JSON (a long description), sent in 64 kB chunks; with `length`, that
    // Content-Length; with `hold`, the last chunk only after that many milliseconds.
    const size = Number(url.searchParams.get('size') ?? 3_000_000);
    const hold = Number(url.searchParams.get('hold') ?? 0);
    ctx.type = 'application/ld+json';
    const head = '{"@type": "Event", "name": "Big", "description": "';
    ctx.body = Readable.from(
      (async function* () {
        yield head;
        const chunk = 'x'.repeat(65_536);
        let sent = head.length + 2;
        for (; sent + chunk.length < size; sent += chunk.length) yield chunk;
        if (hold) await sleep(hold);
        yield 'x'.repeat(Math.max(0, size - sent)) + '"}';
      })(),
    );
    // (After the body: Koa drops the header of a stream body.)
    if (url.searchParams.has('length')) ctx.set('content-length', url.searchParams.get('length'));
  } else if (route === 'never') {
    await sleep(60_000);
    ctx.body = '{}';
  } else {
    ctx.status = 404;
  }
}
