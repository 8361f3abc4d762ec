// The docs site's pages (scripts/docs/site.js), rendered from docs/ on each request at the same
// paths as in dist-site/ (/docs/…), so that tests load them as a reader does, with the library
// from /dist/ and the data from /demo/data/ beside them.
import { docsPage } from '../../scripts/docs/site.js';

/** Koa middleware for /docs/….html */
export async function docsSite(ctx, next) {
  const path = new URL(ctx.url, 'http://localhost').pathname.slice(1);
  const page = /^docs\/.+\.html$/.test(path) && docsPage(path);
  if (!page) return next();
  ctx.type = 'text/html';
  ctx.body = page.html;
}
