/** A same-origin iframe page for tests that need a page of their own (scripts, CSP, CLS). */
export async function framePage(body: string, { timeout = 20_000 } = {}) {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
  document.body.append(iframe);
  const errors: string[] = [];
  iframe.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const win = iframe.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (e) => errors.push(String(e.error ?? e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const until = async (test: () => unknown, what: string) => {
    const end = Date.now() + timeout;
    while (!test()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { iframe, win, doc: iframe.contentDocument!, errors, until, remove: () => iframe.remove() };
}
