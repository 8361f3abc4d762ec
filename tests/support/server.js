// Endpoints of the test server (Web Test Runner's dev server) for loading data from `src`:
// real HTTP answers, slow ones, failures, and a hit counter to prove that shared URLs are
// fetched once.
import { readFile } from 'node:fs/promises';

const hits = new Map();

/**
 * The policy a partner page may enforce: the library needs only the Trusted Types policy
 * names `lit-html` (Lit's templates) and `event-embed` (the structured-data block).
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html event-embed";
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
  if (route === 'cls') {
    // The seed announcement as a partner would paste it: the data in a JSON-LD block, readable
    // fallback content inside each element, the script last.
    const seed = await readFile(new URL('../../demo/data/seed.ru.json', import.meta.url), 'utf8');
    const page = await readFile(new URL('../embedding/pages/cls.html', import.meta.url), 'utf8');
    ctx.type = 'text/html';
    ctx.body = page.replace('<!-- seed -->', seed.replaceAll('../images/', '/demo/images/').replace(/</g, '\\u003c'));
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
  } else if (route === 'never') {
    await sleep(60_000);
    ctx.body = '{}';
  } else {
    ctx.status = 404;
  }
}
