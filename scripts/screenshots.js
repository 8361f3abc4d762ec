// Screenshots of the demo site in Chromium, into docs/screenshots/*.png (1000 px wide, or a
// shot's own `width`: a phone's 390 px).
// Usage: npm run screenshots (builds the site into dist-site/ first), or
// node scripts/screenshots.js when dist-site/ is fresh (with names, only those shots: `node
// scripts/screenshots.js tickets`). CHROME_PATH overrides /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = resolve(root, 'dist-site');
const out = resolve(root, 'docs/screenshots');
const WIDTH = 1000;
const MAX_HEIGHT = 1800;

function fail(sentence) {
  console.error(`\n${sentence}\n`);
  process.exit(1);
}
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) fail(`Chromium was not found at ${executablePath}: install it or set CHROME_PATH.`);
if (!existsSync(resolve(site, 'demo/builder.html'))) fail('dist-site/ is missing: run `npm run site` first.');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** A static server for dist-site/, on a free port. */
async function serve() {
  const server = createServer(async (req, res) => {
    const file = resolve(site, `.${decodeURIComponent(new URL(req.url, 'http://x').pathname)}`);
    try {
      if (!file.startsWith(site)) throw new Error('outside the site');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

const BROKEN = `{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "Tom & Jerry's \\"Open\\" Meetup"
  "startDate": "2027-03-01T18:00:00+02:00"
}`;
const WARNINGS = `{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "Tom & Jerry's \\"Open\\" Meetup",
  "startDate": "next Tuesday",
  "url": "javascript:alert(1)",
  "location": { "@type": "Place", "name": "Café <Zero>" },
  "organizer": [{ "@type": "Organization", "url": "https://example.org" }]
}`;

/** Each shot: a page, what to do on it, and the element to capture (else the page). */
const shots = [
  { name: 'announcement', page: 'demo/index.html', act: ready, clip: 'section[aria-labelledby="seed"]' },
  {
    name: 'announcement-phone',
    page: 'demo/index.html',
    act: ready,
    clip: 'section[aria-labelledby="seed"]',
    width: 390,
  },
  { name: 'themes', page: 'demo/index.html', act: ready, clip: 'section[aria-labelledby="themes"]' },
  { name: 'sample', page: 'demo/index.html', act: ready, clip: 'section[aria-labelledby="sample"]' },
  {
    name: 'speakers',
    page: 'demo/index.html',
    // The speakers' photos load lazily: in view, they load before the shot.
    act: async (p) => (await ready(p), p.$eval('section[aria-labelledby="conference"]', (s) => s.scrollIntoView())),
    clip: 'section[aria-labelledby="conference"]',
  },
  { name: 'meetup', page: 'demo/index.html', act: ready, clip: 'section[aria-labelledby="meetup"]' },
  // (In a viewer's zone of its own, so that the online talk shows "Your time".)
  { name: 'tickets', page: 'demo/event-card.html', act: ready, clip: 'main', zone: 'America/New_York' },
  { name: 'builder', page: 'demo/builder.html', act: (p) => example(p, 'seed.ru', 'ru') },
  {
    name: 'builder-form',
    page: 'demo/builder.html',
    act: async (p) => (await example(p, 'sample.en', 'en'), mode(p, 'form')),
  },
  { name: 'builder-errors', page: 'demo/builder.html', act: (p) => paste(p, BROKEN), clip: '.data' },
  {
    name: 'builder-warnings',
    page: 'demo/builder.html',
    act: async (p) => (await paste(p, WARNINGS), mode(p, 'form')),
    clip: '.data',
  },
  {
    name: 'builder-snippet',
    page: 'demo/builder.html',
    act: async (p) => {
      await example(p, 'sample.en', 'en');
      await p.click('input[name="form"][value="block"]');
      await p.click('#fallback');
    },
    clip: '.snippet',
  },
  { name: 'reference', page: 'demo/reference.html', act: (p) => p.waitForSelector('section.element') },
];

/** Waits until every widget of the page has rendered (or failed). */
async function ready(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('event-card, event-announcement')].every((el) => el.state && el.state !== 'loading'),
  );
}

async function example(page, name, lang) {
  await page.click(`[data-example="${name}"]`);
  await page.waitForFunction(() => document.querySelector('#json').value.length > 0);
  await page.select('#lang', lang);
}
async function paste(page, text) {
  await page.$eval(
    '#json',
    (el, t) => {
      el.value = t;
      el.dispatchEvent(new Event('input'));
    },
    text,
  );
}
const mode = (page, value) => page.click(`input[name="mode"][value="${value}"]`);

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--hide-scrollbars'],
});
const server = await serve();
try {
  await mkdir(out, { recursive: true });
  const origin = `http://127.0.0.1:${server.address().port}`;
  // `node scripts/screenshots.js tickets sample` takes only the shots named.
  const only = process.argv.slice(2);
  for (const shot of shots.filter((s) => !only.length || only.includes(s.name))) {
    const page = await browser.newPage();
    if (shot.zone) await page.emulateTimezone(shot.zone);
    await page.setViewport({ width: shot.width ?? WIDTH, height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.goto(`${origin}/${shot.page}`, { waitUntil: 'networkidle0' });
    await shot.act(page);
    // Lazy images (logos, photos, avatars) load once in view: the shot's area is scrolled
    // through first, then back to where the act left it.
    if (shot.clip) {
      const [top, bottom, back] = await page.$eval(shot.clip, (el) => {
        const r = el.getBoundingClientRect();
        return [r.top + scrollY, r.bottom + scrollY, scrollY];
      });
      for (let y = top; y < bottom; y += 600) {
        await page.evaluate((to) => scrollTo(0, to), y);
        await page.waitForNetworkIdle({ idleTime: 150 });
      }
      await page.evaluate((to) => scrollTo(0, to), back);
    }
    // Let the widgets render, their images load and the fonts settle.
    await page.waitForNetworkIdle({ idleTime: 300 });
    await new Promise((r) => setTimeout(r, 300));
    const path = `${out}/${shot.name}.png`;
    if (shot.clip) {
      await (await page.$(shot.clip)).screenshot({ path });
    } else {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({
        path,
        clip: { x: 0, y: 0, width: shot.width ?? WIDTH, height: Math.min(height, MAX_HEIGHT) },
        captureBeyondViewport: true,
      });
    }
    console.log(`docs/screenshots/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
