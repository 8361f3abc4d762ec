import { html } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import { onDemand } from '../../core/lazy.js';
import type { EventModel } from '../../core/event/model.js';

/** The code of the row and marquee layouts, once a widget on the page has used one. */
let layouts: typeof import('./layouts.js') | undefined;

/**
 * The strip's view (its template and styles, ./view.ts): it loads when the first strip
 * connects, beside its data, and the strip stays in `loading` until it is there. Logo strips
 * sit below the fold; pages without one never download it.
 */
const view = onDemand(() => import('./view.js'));

type Role = 'organizer' | 'sponsor' | 'funder';
const ALL = 'organizer sponsor funder';

/**
 * The organizers, sponsors and funders of the event as a strip of logos, grouped by role
 * under headings. Entries without a logo, or whose logo fails to load, show a name tile as tall
 * as the logos: their initials in a badge and their name on one line, cut with an ellipsis when
 * long (the whole name stays its text, and its tooltip). Logos link to the party's `url` when there is one.
 *
 * @summary The organizer and sponsor logo strip of an event.
 * @tagname event-organizers
 *
 * @attr {string} roles - Which roles to show, in order, separated by spaces: `organizer`, `sponsor`, `funder`. Default all three.
 * @attr {'wrap' | 'row' | 'marquee'} layout - `wrap` (default): centred rows; `row`: one scrolling row; `marquee`: an auto-scrolling loop with a pause button (static under reduced motion).
 * @attr {number} heading-level - Level of the role headings (1–6). Default 2.
 * @attr {boolean} no-heading - Hides the role headings (each list keeps the role as its accessible name).
 * @attr {boolean} show-names - Shows each name under its logo (otherwise it appears on hover and focus).
 * @attr {boolean} monochrome - Shows the logos in grey until hovered or focused.
 *
 * @csspart strip - The whole strip.
 * @csspart group - One role: its heading and its list.
 * @csspart heading - A role heading.
 * @csspart list - The list of one role.
 * @csspart item - One entry.
 * @csspart logo - A logo image.
 * @csspart text - The name tile shown instead of a missing or broken logo.
 * @csspart initials - The initials badge of a name tile.
 * @csspart name - The name under a logo.
 * @csspart scroller - The scrolling box of the `row` layout.
 * @csspart pause - The pause/play button of the `marquee` layout.
 *
 * @cssprop [--event-organizers-logo-height=48px] - Height of every logo box.
 * @cssprop [--event-organizers-logo-width=160px] - Width of every logo box: the cap on wide logos.
 * @cssprop [--event-organizers-monochrome=0] - How grey the logos are until hovered or focused, 0–1 (`monochrome` sets 1).
 * @cssprop [--event-organizers-tile-background=var(--event-embed-subtle)] - Background of the name tiles.
 * @cssprop [--event-organizers-initials-background=var(--event-embed-accent)] - Background of the initials badge of a name tile.
 * @cssprop [--event-organizers-initials-color=var(--event-embed-on-accent)] - Colour of the initials.
 * @cssprop [--event-organizers-marquee-speed=3s] - Time each logo takes to cross in the marquee.
 */
export class EventOrganizers extends EventEmbedElement {
  static override properties = {
    ...EventEmbedElement.properties,
    roles: {},
    layout: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noHeading: { type: Boolean, attribute: 'no-heading' },
    showNames: { type: Boolean, attribute: 'show-names' },
    monochrome: { type: Boolean },
    paused: { state: true },
  };

  /** Which roles to show, in order: `organizer`, `sponsor`, `funder`, separated by spaces. */
  declare roles: string;
  /** `wrap`, `row` or `marquee`. */
  declare layout: 'wrap' | 'row' | 'marquee';
  /** Level of the role headings. */
  declare headingLevel: number;
  /** Hides the role headings. */
  declare noHeading: boolean;
  /** Shows each name under its logo. */
  declare showNames: boolean;
  /** Shows the logos in grey until hovered or focused. */
  declare monochrome: boolean;
  declare private paused: boolean;
  /** Logo URLs that failed to load: shown as name tiles. @internal */
  failed = new Set<string>();

  constructor() {
    super();
    this.roles = ALL;
    this.layout = 'wrap';
    this.headingLevel = 2;
    this.noHeading = this.showNames = this.monochrome = this.paused = false;
  }

  /** The selected roles that have someone, in order. @internal */
  groups(event: EventModel) {
    const roles = new Set(
      (this.roles ?? ALL)
        .toLowerCase()
        .split(/\s+/)
        .map((r) => r.replace(/s$/, '')),
    );
    return [...roles]
      .filter((r): r is Role => /^(organizer|sponsor|funder)$/.test(r) && event[`${r as Role}s`].length > 0)
      .map((r) => [r, event[`${r}s`]] as const);
  }

  protected override isEmpty(event: EventModel) {
    return !this.groups(event).length;
  }

  override connectedCallback() {
    super.connectedCallback();
    view.load();
  }

  protected override needs() {
    // A chunk that cannot load (offline) leaves the logos in the wrap layout.
    const layout =
      (this.layout === 'row' || this.layout === 'marquee') && !layouts
        ? import('./layouts.js').then(
            (m) => (layouts = m),
            () => {},
          )
        : undefined;
    return view.settled() ? layout : Promise.all([view.load(), layout]);
  }

  protected override willUpdate() {
    super.willUpdate();
    // Switched to another layout once shown: it appears when its code is there.
    if (this.state === 'ready') this.needs()?.then(() => this.requestUpdate());
  }

  protected override renderEvent(event: EventModel) {
    const v = view.get();
    return v
      ? v.render(this, event, this.strings, layouts, this.paused, () => (this.paused = !this.paused))
      : html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-organizers': EventOrganizers;
  }
}
