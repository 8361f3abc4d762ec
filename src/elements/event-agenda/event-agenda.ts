import { html } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import { onDemand } from '../../core/lazy.js';
import type { EventModel } from '../../core/event/model.js';
import { calendarStyles } from '../../core/calendar-menu.js';
import { watch, type Watch } from '../../core/clock.js';
import type { Model } from './view.js';

/**
 * The agenda's view (its rows, sessions, marks and styles, ./view.ts): it loads when the first
 * agenda connects, beside its data, and the agenda stays in `loading` until it is there.
 */
const view = onDemand(() => import('./view.js'));

/**
 * The agenda: the event's `subEvent` items in time order, grouped by day, with speakers,
 * rooms, "now" and "next" marks while the event runs, and filters for long agendas.
 *
 * Times are in the event's zone (or the viewer's with `viewer-time`), and the zone is stated.
 * Items without times are listed in the order given. An event without `subEvent` leaves the
 * element in `:state(empty)`, rendering nothing.
 *
 * @summary The agenda (schedule) of a schema.org Event: its `subEvent` items.
 * @tagname event-agenda
 *
 * @attr {boolean} viewer-time - Shows times in the viewer's own zone instead of the event's (for online events).
 * @attr {number} heading-level - Level of the day headings (1–6). Default 3.
 *
 * @csspart agenda - The agenda's wrapper.
 * @csspart zone - The sentence naming the time zone of the times.
 * @csspart filters - The filters of a long agenda (day, room, search) and the count shown.
 * @csspart day - A day heading.
 * @csspart item - A session (`<li>`); it has `data-mark="now"` or `data-mark="next"` while the event runs, and `data-target` when the page's address names it (`#event-session-3`: the third in `subEvent`; `#<id>-session-3` for an agenda with an id).
 * @csspart time - The time range of a session.
 * @csspart badge - The "Now" / "Next" badge.
 * @csspart title - The session's name.
 * @csspart room - The session's room.
 * @csspart speakers - The list of speakers: each one's photo (or initials), name (linked to their page), and role or job title and affiliation.
 * @csspart avatar - A speaker's photo, over their initials (shown without a photo, or when it fails to load).
 * @csspart session-tickets - A session's own tickets (its `offers`): a link to the cheapest tier on sale and its price ("from …" when there are several), or "Sold out".
 * @csspart description - The session's description.
 * @csspart more - The "show more" toggle of a long description.
 * @csspart calendar - The "Add to calendar" menu (`<details>`) of a session.
 * @csspart calendar-all - The "Add the whole agenda to calendar" menu (`<details>`): one .ics file with the event and every session.
 * @csspart calendar-menu - The list of calendar choices.
 * @csspart button - The "Add to calendar" and "Share" buttons.
 * @csspart share - A session's "Share" button: the page's address that opens the session.
 * @csspart shared - The status beside it: "Link copied".
 *
 * @cssprop [--event-embed-avatar-size=2em] - Size of the speakers' photos.
 * @cssprop [--event-embed-avatar-radius=50%] - Corner radius of the speakers' photos.
 */
export class EventAgenda extends EventEmbedElement {
  static override styles = [EventEmbedElement.styles, calendarStyles];

  static override properties = {
    ...EventEmbedElement.properties,
    viewerTime: { type: Boolean, attribute: 'viewer-time' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Shows times in the viewer's own zone instead of the event's. */
  declare viewerTime: boolean;
  /** Level of the day headings. */
  declare headingLevel: number;

  /** The rows and items made for the event shown (./view.ts). @internal */
  m?: Model;
  /** The session items, in order. @internal */
  items: HTMLElement[] = [];
  /** The page's one clock, which wakes the "now" and "next" marks when they change. @internal */
  watch?: Watch;
  /** The page address's session hash last opened. @internal */
  targeted?: string;
  private onHash = () => view.get()?.target(this);
  private clock?: number;

  constructor() {
    super();
    this.viewerTime = false;
    this.headingLevel = 3;
  }

  /**
   * The current time for the "now" and "next" marks, in milliseconds since the epoch. Unset
   * (the default), the real clock is used and the marks follow it; set it to show the agenda
   * as at a given moment (previews, tests). Setting it updates the marks at once.
   * @type {number | undefined}
   */
  get now(): number | undefined {
    return this.clock;
  }
  set now(value: number | undefined) {
    this.clock = value;
    view.get()?.tick(this);
  }

  protected override isEmpty(event: EventModel) {
    return !event.subEvents.length;
  }

  protected override needs(event: EventModel): Promise<unknown> | undefined {
    const v = view.get();
    if (v) return v.needs(this, event, this.locale, this.strings);
    return view.settled() ? undefined : view.load().then(() => this.needs(event));
  }

  // Woken by the page's clock only while the element is in the document.
  override connectedCallback() {
    super.connectedCallback();
    view.load();
    this.watch = watch(() => view.get()?.tick(this));
    view.get()?.tick(this);
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.watch?.stop();
    removeEventListener('hashchange', this.onHash);
  }

  protected override updated() {
    super.updated();
    view.get()?.updated(this);
  }

  protected override renderEvent(e: EventModel) {
    const v = view.get();
    // Offline, the view could not load: the page's fallback content stays.
    return v ? v.render(this, e, this.locale, this.strings) : html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-agenda': EventAgenda;
  }
}
