// A Web Test Runner command that takes a PNG screenshot of a region of the test page, for
// pixel comparisons. Works where the launcher drives the page through puppeteer (Chromium and
// Firefox here); elsewhere it answers { unsupported: true } (a null answer would read as
// "no plugin handled this command").
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function screenshotPlugin() {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = await session.browser.getPage?.(session.id);
      if (!page) return { unsupported: true };
      const { x, y, width, height, path } = payload;
      const png = await page.screenshot({
        encoding: 'base64',
        clip: { x, y, width, height },
        captureBeyondViewport: true,
      });
      // `path` (under tests/output/, git-ignored) keeps a copy to look at when a comparison fails.
      if (path) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, Buffer.from(png, 'base64'));
      }
      return png;
    },
  };
}
