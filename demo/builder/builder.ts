/**
 * The snippet builder (demo/builder.html): event data in (pasted JSON-LD or the form), problems
 * shown next to the line or field they concern, a live preview made of the real elements, and
 * the snippet to copy. The markup is in builder.html; this module wires it up.
 */
import { parseEvent, type ParseResult } from '../../src/data.js';
import en from '../../src/core/locale/en.js';
import { stringsFor } from '../../src/core/locale/index.js';
import { buildForm, type Schema } from './form.js';
import { item, problems, searchProblems, statusText, type Shown } from './problems.js';
import { rich } from './reference.js';
import { checkScriptUrl, integrityFor, PINNED_PATTERN } from './script-url.js';
import { imageLoads, imageUrls, isRelative } from './search.js';
import { buildSnippet, fallbackHtml, prerenderSnippet } from './snippet.js';

export interface BuilderOptions {
  /** Defaults are relative to the page, which is demo/builder.html on the dev server and in the static site. */
  schemaUrl?: string;
  manifestUrl?: string;
  /** Folder of the example data files. */
  dataUrl?: string;
  /** The script URL the field starts with; none by default: the editor names their own. */
  scriptUrl?: string;
  /** An origin accepted for the script URL although it is not `https:` (the test server's). */
  acceptScriptOrigin?: string;
  /**
   * The released file whose hash (SRI) goes into snippets that pin this version: the
   * dist/event-embed.js the builder's site serves, built from the same release.
   */
  bundleUrl?: string;
}

type Obj = Record<string, unknown>;
const DEFAULT_ACCENT = '#0b57d0';
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Tags starting with `event-` that the library registered while it loaded. */
const registered = new Set<string>();
let library: Promise<unknown> | undefined;
function loadLibrary() {
  if (library) return library;
  const registry = customElements;
  const define = registry.define;
  registry.define = function (name: string, ...rest: [CustomElementConstructor, ElementDefinitionOptions?]) {
    if (name.startsWith('event-')) registered.add(name);
    return define.call(this, name, ...rest);
  };
  return (library = import('../../src/index.js').finally(() => (registry.define = define)));
}

async function json<T>(url: string): Promise<T | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

export async function mountBuilder(root: HTMLElement, options: BuilderOptions = {}) {
  const page = (path: string) => new URL(path, location.href).href;
  const $ = <T extends HTMLElement>(id: string) => root.querySelector(`#${id}`) as T;
  const text = $<HTMLTextAreaElement>('json');
  const gutter = $('gutter');
  const jsonProblems = $('json-problems');
  const formPanel = $('form-panel');
  const formHost = $('form');
  const formProblems = $('form-problems');
  const status = $('status');
  const searchList = $('search-notes');
  const tagsBox = $('tags');
  const lang = $<HTMLSelectElement>('lang');
  const accent = $<HTMLInputElement>('accent');
  const preview = $('preview');
  const scriptUrl = $<HTMLInputElement>('script-url');
  const fallback = $<HTMLInputElement>('fallback');
  const jsonldFile = $<HTMLParagraphElement>('jsonld-file');
  const download = $<HTMLAnchorElement>('jsonld-download');
  const snippet = $<HTMLTextAreaElement>('snippet');
  const copy = $<HTMLButtonElement>('copy');
  const copyStatus = $('copy-status');
  const copyWhy = $('copy-why');
  const integrityNote = $('integrity');
  const value = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';

  scriptUrl.value = options.scriptUrl ?? '';
  const bundleUrl = options.bundleUrl ?? page('../dist/event-embed.js');
  const [schema, manifest] = await Promise.all([
    json<Schema>(options.schemaUrl ?? page('../dist/event.schema.json')),
    json<{ modules: { declarations?: { tagName?: string; summary?: string }[] }[] }>(
      options.manifestUrl ?? page('../custom-elements.json'),
    ),
    loadLibrary(),
  ]);

  // The widgets: every registered event-* tag, with its summary from the manifest.
  const summaries = new Map(
    (manifest?.modules ?? [])
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.tagName ? [[d.tagName, d.summary ?? '']] : [])),
  );
  const tags = [...new Set(['event-card', ...registered, ...summaries.keys()])].filter((t) => customElements.get(t));
  for (const tag of tags) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'tag';
    box.value = tag;
    box.checked = tag === 'event-card';
    const name = document.createElement('code');
    name.textContent = `<${tag}>`;
    const label = document.createElement('label');
    label.append(box, ' ', name);
    if (summaries.get(tag)) label.append(' ', ...rich(summaries.get(tag)));
    tagsBox.append(label);
  }

  let parsed: unknown;
  let result: ParseResult = parseEvent('');
  /** The version of the library this builder holds, and the hash of its released file. */
  const version = (customElements.get('event-card') as { version?: string } | undefined)?.version ?? '';
  const sri = integrityFor(version, bundleUrl, () => renderSnippet());
  const pinned = PINNED_PATTERN.replace('VERSION', version);
  $('pinned-url').textContent = pinned;
  $<HTMLButtonElement>('use-pinned').addEventListener('click', () => {
    scriptUrl.value = pinned;
    renderSnippet();
  });
  /** Image URLs that did not load, and notes already written to the console. */
  const failedImages = new Set<string>();
  const logged = new Set<string>();

  function showJsonProblems(shown: Shown[]) {
    const marks = new Map(shown.map((s) => [s.line, s.fatal ? 'error' : 'warning']));
    for (const s of shown) if (s.fatal && s.line) marks.set(s.line, 'error');
    const count = text.value.split('\n').length;
    gutter.replaceChildren(
      ...Array.from({ length: count }, (_, i) => {
        const div = document.createElement('div');
        div.textContent = String(i + 1);
        const mark = marks.get(i + 1);
        if (mark) div.className = mark;
        return div;
      }),
    );
    gutter.scrollTop = text.scrollTop;
    jsonProblems.replaceChildren(
      ...shown.map((s) => {
        const go = document.createElement('button');
        go.type = 'button';
        go.className = 'line';
        go.textContent = `Line ${s.line ?? 1}${s.column ? `, column ${s.column}` : ''}`;
        go.addEventListener('click', () => goToLine(s.line ?? 1, s.column));
        return item(s, s.message, go);
      }),
    );
    text.setAttribute('aria-invalid', String(shown.some((s) => s.fatal)));
  }

  function goToLine(line: number, column?: number) {
    const lines = text.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    text.focus();
    if (column) text.setSelectionRange(start + column - 1, start + column - 1);
    else text.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    const height = parseFloat(getComputedStyle(text).lineHeight) || 20;
    text.scrollTop = Math.max(0, (line - 4) * height);
  }

  function showFormProblems(shown: Shown[]) {
    for (const ul of formHost.querySelectorAll('.problems')) ul.replaceChildren();
    for (const el of formHost.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    const boxes = [...formHost.querySelectorAll<HTMLElement>('[data-paths]')];
    const general: HTMLElement[] = [];
    for (const s of shown) {
      // The field (or group) whose path is the longest start of the problem's path.
      let best: { box: HTMLElement; path: string } | undefined;
      for (const box of boxes) {
        for (const path of box.dataset.paths!.split(' ')) {
          const fits = s.path === path || s.path.startsWith(`${path}.`) || s.path.startsWith(`${path}[`);
          if (fits && path.length > (best?.path.length ?? -1)) best = { box, path };
        }
      }
      if (!best) {
        general.push(item(s, s.message));
        continue;
      }
      const rest = s.path.slice(best.path.length).replace(/^\./, '');
      const message = s.message.startsWith(`${s.path}: `) ? s.message.slice(s.path.length + 2) : s.message;
      best.box.querySelector(':scope > .problems')!.append(item(s, rest ? `${rest}: ${message}` : message));
      for (const c of best.box.querySelectorAll(
        ':scope > input, :scope > select, :scope > textarea, :scope > .row > input',
      )) {
        c.setAttribute('aria-invalid', 'true');
      }
    }
    formProblems.replaceChildren(...general);
  }

  function renderForm(focusId?: string) {
    if (!schema) {
      formHost.textContent =
        'The form needs the JSON Schema (dist/event.schema.json): run `npm run schema`. Paste JSON-LD meanwhile.';
      return;
    }
    // The object the form edits in place.
    let edited: Obj;
    if (!text.value.trim()) edited = { '@context': 'https://schema.org', '@type': 'Event' };
    else if (isObj(parsed) && !('@graph' in parsed) && !('mainEntity' in parsed)) edited = parsed;
    else {
      formHost.textContent =
        parsed === undefined
          ? 'The JSON-LD has errors: fix them in the JSON-LD view first (the form edits the data it holds).'
          : 'The form edits one Event object; this data is a list, a @graph or a page. Edit it as JSON-LD.';
      formProblems.replaceChildren();
      return;
    }
    formHost.replaceChildren(
      buildForm(
        schema,
        edited,
        () => {
          text.value = JSON.stringify(edited, null, 2);
          update();
        },
        (id) => {
          renderForm(id);
          showFormProblems(problems(text.value, result, parsed));
        },
      ),
    );
    if (focusId) root.querySelector<HTMLElement>(`#${focusId}`)?.focus();
  }

  function renderPreview() {
    const chosen = [...root.querySelectorAll<HTMLInputElement>('input[name="tag"]:checked')].map((i) => i.value);
    const existing = new Map([...preview.children].map((el) => [el.localName, el]));
    const theme = value('theme');
    preview.dataset.theme = theme;
    // A right-to-left language previews as on a right-to-left page.
    preview.dir = lang.value === 'ar' ? 'rtl' : '';
    if (!text.value.trim()) {
      const note = document.createElement('p');
      note.className = 'empty';
      note.textContent = 'The preview appears here.';
      preview.replaceChildren(note);
      return;
    }
    preview.replaceChildren(
      ...chosen.map((tag) => {
        const el = existing.get(tag) ?? document.createElement(tag);
        el.setAttribute('lang', lang.value);
        if (theme) el.setAttribute('theme', theme);
        else el.removeAttribute('theme');
        if (accent.value !== DEFAULT_ACCENT) el.setAttribute('style', `--event-embed-accent: ${accent.value}`);
        else el.removeAttribute('style');
        el.setAttribute('event', text.value);
        return el;
      }),
    );
  }

  function renderSnippet() {
    const tags = [...root.querySelectorAll<HTMLInputElement>('input[name="tag"]:checked')].map((i) => i.value);
    copyStatus.textContent = '';
    const why = !result.ok
      ? 'The snippet appears once the event data has no errors.'
      : !tags.length
        ? 'Choose at least one widget.'
        : '';
    const url = checkScriptUrl(scriptUrl.value, options.acceptScriptOrigin);
    scriptUrl.setAttribute('aria-invalid', String(!!url.why && !!scriptUrl.value.trim()));
    copy.disabled = !!(why || url.why);
    copyWhy.textContent = why || url.why;
    copyWhy.hidden = !copy.disabled;
    if (why) {
      snippet.value = '';
      snippet.placeholder = why;
      integrityNote.textContent = '';
      return;
    }
    const { integrity: hash, note } = sri(url.version);
    integrityNote.textContent = note;
    const theme = value('theme') as '' | 'light' | 'dark';
    // The fallback's link text in the chosen language: loaded on demand, then the snippet again.
    const t = stringsFor(lang.value);
    if (t instanceof Promise) t.then(renderSnippet);
    const common = {
      scriptUrl: scriptUrl.value.trim(),
      tags,
      lang: lang.value,
      theme,
      accent: accent.value !== DEFAULT_ACCENT ? accent.value : undefined,
    };
    const prerendered = value('form') === 'prerendered';
    jsonldFile.hidden = !prerendered;
    if (prerendered) {
      integrityNote.textContent = ''; // (a hash of event-embed.js, not of the hydrating build)
      URL.revokeObjectURL(download.href);
      download.href = URL.createObjectURL(new Blob([JSON.stringify(parsed, null, 2)], { type: 'application/ld+json' }));
      snippet.value = prerenderSnippet(common);
      return;
    }
    snippet.value = buildSnippet(parsed, {
      ...common,
      integrity: hash,
      form: value('form') === 'block' ? 'block' : 'attribute',
      fallback:
        fallback.checked && result.ok
          ? fallbackHtml(result.event, lang.value, (t instanceof Promise ? en : t).details)
          : undefined,
    });
  }

  function update() {
    result = parseEvent(text.value);
    try {
      parsed = JSON.parse(text.value);
    } catch {
      parsed = undefined;
    }
    const shown = problems(text.value, result, parsed);
    showJsonProblems(shown);
    if (!formPanel.hidden) showFormProblems(shown);
    const notes = searchProblems(text.value, result, parsed, failedImages);
    searchList.replaceChildren(...notes.map((s) => item(s, s.message)));
    searchList.hidden = !notes.length;
    const { text: said, kind } = statusText(!text.value.trim(), [...shown, ...notes]);
    status.textContent = said;
    status.className = kind;
    // Notes for search engines go to the console too, each once.
    for (const s of notes) {
      if (!logged.has(s.message)) console.warn(`event-embed builder: ${s.message}`);
      logged.add(s.message);
    }
    // Images that fail in the preview are named once the browser has tried them.
    for (const { url } of result.ok ? imageUrls(parsed) : []) {
      if (isRelative(url) || failedImages.has(url)) continue;
      imageLoads(url).then((loads) => {
        if (loads || failedImages.has(url)) return;
        failedImages.add(url);
        if (imageUrls(parsed).some((i) => i.url === url)) update();
      });
    }
    renderPreview();
    renderSnippet();
  }

  function setMode() {
    const form = value('mode') === 'form';
    $('json-panel').hidden = form;
    formPanel.hidden = !form;
    if (form) {
      renderForm();
      showFormProblems(problems(text.value, result, parsed));
    }
  }

  async function loadExample(name: string) {
    const url = new URL(`${name}.json`, page(options.dataUrl ?? 'data/'));
    const data = await json<unknown>(url.href);
    if (data === undefined) return;
    // Image paths in the example files are relative to the file; make them absolute.
    const absolute = JSON.stringify(
      data,
      (_, v) => (typeof v === 'string' && /^\.\.?\//.test(v) ? new URL(v, url).href : v),
      2,
    );
    text.value = absolute;
    update();
    if (!formPanel.hidden) setMode();
  }

  text.addEventListener('input', update);
  text.addEventListener('scroll', () => (gutter.scrollTop = text.scrollTop));
  for (const el of root.querySelectorAll('input[name="mode"]')) el.addEventListener('change', setMode);
  for (const el of root.querySelectorAll<HTMLButtonElement>('[data-example]')) {
    el.addEventListener('click', () => loadExample(el.dataset.example!));
  }
  for (const el of [tagsBox, lang, ...root.querySelectorAll('input[name="theme"]')])
    el.addEventListener('change', update);
  accent.addEventListener('input', update);
  scriptUrl.addEventListener('input', renderSnippet);
  for (const el of [fallback, ...root.querySelectorAll('input[name="form"]')])
    el.addEventListener('change', renderSnippet);

  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippet.value);
      copyStatus.textContent = 'Copied. Paste it into your page’s HTML.';
    } catch {
      snippet.focus();
      snippet.select();
      copyStatus.textContent =
        'This browser did not let the page copy: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
    }
  });

  update();
  setMode();
}
