import { html, isServer, LitElement, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { BLOCK, fromBlock, fromSrc, fromValue, lenientResults, type Read } from './data/source.js';
import type { EventModel, ParseResult } from './event/model.js';
import type { FatalCode } from './event/problems.js';
import { EventEmbedErrorEvent, EventEmbedLoadEvent } from './events.js';
import { resolveLang, stringsFor, type Loaded } from './locale/index.js';
import en from './locale/en.js';
import { theme } from './theme.js';
import { VERSION } from './version.js';

export type State = 'loading' | 'ready' | 'error' | 'empty';

/** A problem with where the data comes from (none, or an empty attribute): no data was read. */
const missing = (code: FatalCode, path = ''): ParseResult => ({
  ok: false,
  warnings: [],
  problem: { fatal: true, path, code, args: {} },
});

/** What an element with no data at all shows (one result for all: logged once). */
const NO_DATA = missing('noData');

/**
 * On the server (`event-embed/ssr`, src/ssr/): the result handed in as `parsed` is shown at
 * once, in the language of the `lang` attribute, whose strings the server has loaded. (A function
 * rather than a method, so that the browser's bundles leave it out.)
 */
function prerender(el: EventEmbedElement) {
  const result = el.parsed;
  let lang = 'en';
  try {
    lang = Intl.getCanonicalLocales(el.getAttribute('lang') || 'en')[0] ?? 'en';
  } catch {
    // An invalid tag: English, as in the browser.
  }
  const strings = stringsFor((el['locale'] = lang));
  if (strings instanceof Promise || !result?.ok) return;
  el['result'] = result;
  el['strings'] = strings;
  el.ssr = true;
  el['setState'](el['isEmpty'](result.event) ? 'empty' : 'ready');
}

/** The module that words problems with the data and shows them, once some data has had one (see settle()). */
let diagnostics: typeof import('./error-box.js') | undefined;

/**
 * What every event-embed element shares: how it gets its event, its states, its events, its
 * language and its theme. Subclasses implement `renderEvent()`.
 *
 * The data comes from, in this order of precedence: the `event` property or attribute, the
 * `src` attribute, or an inline `<script type="application/ld+json">` child.
 *
 * @attr {string} event - The event as a JSON string (schema.org Event JSON-LD).
 * @attr {string} src - URL of a JSON or JSON-LD document, or `#id` of a `<script type="application/ld+json">` on the page.
 * @attr {string} event-id - Which event to show when the data holds several (a list, a `@graph`, an `ItemList`, an `EventSeries`): its `@id`, `url` or `identifier` (`#concert-2` also matches `https://example.org/#concert-2`).
 * @attr {number} event-index - Which event to show when the data holds several: its position among them, from 0. Without `event-id` or `event-index`, the first is shown and the console says how many there are.
 * @attr {'light' | 'dark'} theme - Forces a colour scheme; by default it follows `prefers-color-scheme`.
 * @attr {string} lang - Language of the widget; inherited from the nearest ancestor with `lang`, else English.
 * @attr {boolean} structured-data - Adds the event to the page as schema.org JSON-LD for search engines (once per event, removed with the element). Needs the Trusted Types policy `event-embed` where a page enforces Trusted Types.
 *
 * @slot - Fallback content (name, date, place, a link) that readers without JavaScript and crawlers see; it stays visible while the event loads and is replaced when the widget renders.
 *
 * @fires {EventEmbedLoadEvent} event-embed-load - The event data is loaded and rendered. Bubbles and is composed.
 * @fires {EventEmbedErrorEvent} event-embed-error - The event cannot be shown; `detail.message` is the sentence the widget shows. Bubbles and is composed.
 *
 * @cssstate loading - The event data is being fetched.
 * @cssstate ready - The event is rendered.
 * @cssstate error - The event cannot be shown; the widget shows why.
 * @cssstate empty - The event has nothing for this widget to show (for example no agenda); it renders nothing.
 *
 * @cssprop [--event-embed-accent=#0b57d0] - Accent colour: links, buttons, focus rings (dark: #8ab4f8).
 * @cssprop [--event-embed-on-accent=#ffffff] - Text on the accent colour (dark: #0b1d3a).
 * @cssprop [--event-embed-text=#1b1c1f] - Text colour (dark: #e8eaed).
 * @cssprop [--event-embed-muted=#52565d] - Secondary text colour (dark: #b0b5bd).
 * @cssprop [--event-embed-surface=#ffffff] - Background (dark: #1f2023).
 * @cssprop [--event-embed-subtle=#f1f3f6] - Background of badges and quiet areas (dark: #2b2d31).
 * @cssprop [--event-embed-border=#d3d7de] - Border colour (dark: #4a4e55).
 * @cssprop [--event-embed-danger=#b3261e] - Error and cancellation colour (dark: #f2b8b5).
 * @cssprop [--event-embed-radius=12px] - Corner radius.
 * @cssprop [--event-embed-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--event-embed-font-size=medium] - Base font size (the reader's default size unless set).
 * @cssprop [--event-embed-space=16px] - Base spacing unit.
 */
export abstract class EventEmbedElement extends LitElement {
  /** The library version, compared when a page loads two copies. */
  static readonly version = VERSION;

  static override properties = {
    event: { attribute: 'event' },
    src: { reflect: true },
    eventId: { attribute: 'event-id' },
    eventIndex: { type: Number, attribute: 'event-index' },
    theme: { reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    parsed: { attribute: false },
  };

  static override styles: CSSResultGroup = theme;

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The event: a schema.org Event object, or JSON text. Takes precedence over `src`.
   * @type {object | string | null}
   */
  declare event: unknown;
  /** URL of a JSON or JSON-LD document, or `#id` of a JSON-LD `<script>` on the page. */
  declare src: string | null;
  /** Which event to show when the data holds several: its `@id`, `url` or `identifier`. */
  declare eventId?: string | null;
  /** Which event to show when the data holds several: its position among them, from 0. */
  declare eventIndex?: number | null;
  /** Forces the light or dark colour scheme. */
  declare theme: 'light' | 'dark' | null;
  /** Adds the event to the page as schema.org JSON-LD. */
  declare structuredData: boolean;
  /**
   * An already parsed event, which `<event-announcement>` hands to its parts so that nothing is
   * parsed or fetched twice. Takes precedence over every other source.
   * @internal
   */
  declare parsed: ParseResult | undefined;
  /**
   * Whether the element shows pre-rendered HTML (`event-embed/ssr`): set on the server, and in
   * the browser that took it over (src/hydration.ts).
   * @internal
   */
  declare ssr?: boolean;
  /** Where the element is: `loading`, `ready`, `error` (and `empty` for widgets with nothing to show). */
  get state(): State {
    return this.state_;
  }

  /** The normalized event once loaded */
  get data(): EventModel | undefined {
    return this.result?.ok ? this.result.event : undefined;
  }

  /** The message shown in the error state, if any */
  get errorMessage(): string | undefined {
    const d = diagnostics;
    return this.result && !this.result.ok ? d?.problemMessage(this.result.problem, d.wordsNow(this.locale)) : undefined;
  }

  private state_: State = 'loading';
  protected result?: ParseResult;
  protected locale = 'en';
  protected strings: Loaded = en;
  /** Settles when the UI strings of the current language are loaded. */
  private stringsReady: Promise<unknown> = Promise.resolve();
  private stringsLoading = false;
  /** The latest settle() call. */
  private settling?: object;
  private internals?: ElementInternals;
  private loading?: AbortController;
  private observer?: MutationObserver;
  /** The sources (parsed, event, src) the current data was loaded from. */
  private loadedFrom?: unknown[];
  /** This element's structured data block: which result it describes, and how to remove it. */
  private structured?: { result: ParseResult; remove?: () => void; gone?: boolean };

  constructor() {
    super();
    this.event = null;
    this.src = null;
    this.theme = null;
    this.structuredData = false;
    try {
      this.internals = this.attachInternals();
    } catch {
      // Very old engines: states are a progressive enhancement.
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    // The print styles, out of the first load (./print.ts); offline, the widget prints as shown.
    import('./print.js').then(
      (m) => m.addPrint(this.shadowRoot!),
      () => {},
    );
    this.updateLang();
    // An inline JSON-LD child can arrive after the element upgrades, or change later.
    this.observer = new MutationObserver(() => {
      if (this.event == null && this.src == null) this.load();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    // (Without data when it left, it looks again: a child may have come meanwhile.)
    if (!this.loading && (!this.result || this.state === 'loading' || this.result === NO_DATA)) this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.dropStructuredData();
    // A fetch still running is given up unless the element was only moved (removed and
    // inserted again in the same task); it starts again if the element comes back later.
    queueMicrotask(() => {
      if (this.isConnected || !this.loading) return;
      this.loading.abort();
      this.loading = undefined;
      this.result = undefined;
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.updateLang();
  }

  protected override willUpdate() {
    if (isServer) return prerender(this);
    const source = this.sources();
    if (this.isConnected && source.some((v, i) => !Object.is(v, this.loadedFrom?.[i]))) {
      // Set (or changed) after the element connected, even before its first render.
      this.load();
    } else if (this.result?.ok && (this.state === 'ready' || this.state === 'empty')) {
      // Whether there is anything to show can depend on the element's own properties (which
      // roles, which sections): it is decided again at every update.
      const state = this.isEmpty(this.result.event) ? 'empty' : 'ready';
      if (state !== this.state) this.setState(state);
    }
  }

  protected override updated() {
    const result = this.isConnected && this.state === 'ready' && this.structuredData ? this.result : undefined;
    if (this.structured?.result === result) return;
    this.dropStructuredData();
    if (!result?.ok) return;
    // Its code loads only for pages that ask for it.
    const block: { result: ParseResult; remove?: () => void; gone?: boolean } = (this.structured = { result });
    import('./structured-data.js').then(({ addStructuredData }) => {
      if (!block.gone) block.remove = addStructuredData(result.event);
    });
  }

  private dropStructuredData() {
    if (!this.structured) return;
    this.structured.gone = true;
    this.structured.remove?.();
    this.structured = undefined;
  }

  /** What the data is read from, and how: a change of any loads it again. */
  private sources() {
    return [this.parsed, this.event, this.src, this.eventId, this.eventIndex];
  }

  /** Re-reads the language from the element and its ancestors (call it after changing an ancestor's `lang`). */
  updateLang() {
    const lang = resolveLang(this);
    if (lang === this.locale) return;
    this.locale = lang;
    const strings = stringsFor(lang);
    // Shown already in another language: loading again until this one's strings arrive,
    // then ready again (and announced again), so that `ready` always means what is shown.
    const shown = this.result && !this.loading ? this.result : undefined;
    const use = (s: Loaded) => {
      this.strings = s;
      this.stringsLoading = false;
      if (shown && this.result === shown && this.state === 'loading') this.settle(shown);
      this.requestUpdate();
    };
    if (strings instanceof Promise) {
      this.stringsLoading = true;
      if (shown) this.setState('loading');
      this.stringsReady = strings.then((s) => this.locale === lang && use(s));
    } else {
      this.stringsReady = Promise.resolve();
      use(strings);
    }
    // Text given in several languages (read by the lenient readers) is read again in this one.
    if (this.result && lenientResults.has(this.result) && this.isConnected) this.load();
  }

  /** Loads the event from the source in force. Stale answers never overwrite newer ones. */
  private load() {
    this.loadedFrom = this.sources();
    this.loading?.abort();
    this.loading = undefined;
    const reading = { lang: this.locale, eventId: this.eventId, eventIndex: this.eventIndex };
    if (this.parsed) {
      this.settle(this.parsed);
      return;
    }
    if (this.event === '[object Object]') {
      // What a framework writes when it sets an object as an attribute on an element that is
      // not defined yet: say so rather than "not JSON".
      this.settle(missing('objectAttr', 'event'));
      return;
    }
    if (this.event != null) {
      // event="" is a template that wrote nothing: said so, rather than "the data is empty".
      this.take(this.event === '' ? missing('emptyEvent', 'event') : fromValue(this.event, reading));
      return;
    }
    if (this.src?.trim() === '') {
      this.settle(missing('emptySrc', 'src'));
      return;
    }
    if (this.src) {
      const controller = new AbortController();
      this.take(fromSrc(this.src, this.getRootNode() as Document | ShadowRoot, controller.signal, reading), controller);
      return;
    }
    // An inline block, or nothing yet. While the document is still loading, the parser may be
    // streaming the block in (its text cut short), and a script may set the property right
    // after making the element: so a broken block is shown once the document is parsed, and
    // "no data" is said a task after that. Data given later still loads.
    const doc = this.ownerDocument;
    const script = this.querySelector(BLOCK);
    const result = script ? fromBlock(script, reading) : undefined;
    // (A result still to come is the lenient readers': the text was whole JSON.)
    if (result && (result instanceof Promise || result.ok || doc.readyState !== 'loading')) return this.take(result);
    this.setState('loading');
    const from = this.loadedFrom;
    const current = () => this.loadedFrom === from && this.isConnected;
    if (doc.readyState === 'loading')
      doc.addEventListener('DOMContentLoaded', () => current() && this.load(), { once: true });
    else setTimeout(() => current() && this.settle(NO_DATA));
  }

  /**
   * Settles a result: at once, or once it comes (a fetch, or the lenient readers loading for it),
   * unless a newer load or a disconnect has taken over (aborting `controller`) by then.
   */
  private take(read: Read, controller = new AbortController()) {
    if (!(read instanceof Promise)) return this.settle(read);
    this.loading = controller;
    this.setState('loading');
    read.then(
      (result) => {
        if (this.loading !== controller) return;
        this.loading = undefined;
        this.settle(result);
      },
      () => {}, // aborted: a newer load or a disconnect took over
    );
  }

  private settle(result: ParseResult) {
    this.result = result;
    // The latest call wins: one that comes while an earlier one waits takes its place.
    const call = (this.settling = {});
    // A problem is worded by the diagnostics module, loaded the first time there is one; an
    // event without problems shows at once, without it. Each result is logged once.
    const explained =
      result.ok && !result.warnings.length
        ? undefined
        : import('./error-box.js')
            .then((d) => {
              diagnostics = d;
              d.report(result, this.localName);
              // An error is shown in the widget's language: its sentences load with the box.
              return result.ok ? undefined : d.wordsFor(this.locale);
            })
            // Offline, the module could not load: the error box shows without the sentence.
            // (And a bug in it must not leave the widget loading, nor reach the page.)
            .catch(() => {});
    // The state changes, and the events fire, once the widget can say it in its language (an
    // error, once it has the words for it; an event, once the code it needs is there); a
    // language asked for meanwhile settles it again.
    Promise.all([this.stringsReady, result.ok ? this.needs(result.event) : explained]).then(async () => {
      if (this.settling !== call || this.result !== result || this.stringsLoading) return;
      this.setState(!result.ok ? 'error' : this.isEmpty(result.event) ? 'empty' : 'ready');
      await this.updateComplete;
      await explained; // the warnings of the load event, in words
      this.dispatchEvent(
        result.ok
          ? new EventEmbedLoadEvent(result.event, result.warnings)
          : new EventEmbedErrorEvent(this.errorMessage ?? ''),
      );
    });
  }

  private setState(state: State) {
    this.state_ = state;
    this.requestUpdate();
    const states = this.internals?.states;
    if (!states) return;
    for (const s of ['loading', 'ready', 'error', 'empty']) {
      try {
        if (s === state) states.add(s);
        else states.delete(s);
      } catch {
        // Engines that only know the older `--state` syntax.
      }
    }
  }

  /**
   * Code that this event needs before the widget can show it, loaded on demand (a layout or a
   * control that few pages use): the widget stays in `loading` until it is there, so that it
   * appears whole, without a layout shift.
   */
  protected needs(_event: EventModel): Promise<unknown> | undefined {
    return undefined;
  }

  /** Whether the widget has nothing to show for this event (it then renders nothing). */
  protected isEmpty(_event: EventModel): boolean {
    return false;
  }

  /** Renders the loaded event. */
  protected abstract renderEvent(event: EventModel): TemplateResult | typeof nothing;

  protected override render() {
    const t = this.strings;
    const result = this.result;
    if (this.state === 'loading' || !result || this.stringsLoading || !(result.ok || diagnostics)) {
      // The page's fallback content, if any, stays readable, and styled by the page as it was
      // before the upgrade, until the widget renders. (An error whose box could not load, as
      // offline, says only that the event cannot be shown.)
      return this.placeholder(result?.ok === false ? t.errorTitle : t.loading);
    }
    if (!result.ok) {
      const d = diagnostics!;
      const words = d.wordsNow(this.locale);
      // The language changed to one whose sentences are not loaded yet: they come first.
      if (!words) {
        Promise.resolve(d.wordsFor(this.locale)).then(() => this.requestUpdate());
        return this.placeholder(t.errorTitle);
      }
      return d.errorBox(this.shadowRoot!, result.problem, t, words);
    }
    return this.state === 'empty' ? nothing : this.renderEvent(result.event);
  }

  /** The page's fallback content, or else a line of status. */
  private placeholder(text: string) {
    return html`<slot><div class="root" part="loading"><div class="state" role="status">${text}</div></div></slot>`;
  }
}
