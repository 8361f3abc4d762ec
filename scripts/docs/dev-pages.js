// The dev server's pages beside the sources (`npm start`): `/` leads to the demo, and the docs
// pages are made from docs/*.md on each request, as `npm run site` builds them (`/docs/` is
// their index), loading the library from the sources.
import { docsPage } from './site.js';

/** @returns {import('vite').Plugin} */
export function devPages() {
  return {
    name: 'demo-home-and-docs',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        let path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (path === '/') {
          res.statusCode = 302;
          res.setHeader('location', '/demo/');
          res.end();
          return;
        }
        if (path === '/docs' || path === '/docs/') path = '/docs/index.html';
        const page = /^\/docs\/.+\.html$/.test(path) && docsPage(path.slice(1), { script: '/src/index.ts' });
        if (!page) return next();
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(page.html);
      });
    },
  };
}
