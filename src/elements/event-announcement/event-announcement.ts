import { html } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import { onDemand } from '../../core/lazy.js';
import type { EventModel } from '../../core/event/model.js';

/**
 * The announcement's view (its sections and styles, ./view.ts): it loads when the first
 * announcement connects, beside its data and, at once, the views of the sections it shows (not
 * once it has rendered them), and the announcement stays in `loading` until it is there.
 */
const view = onDemand(() => import('./view.js'));
/** The speakers section (./speakers.ts): loaded for events with performers that show it. */
const speakers = onDemand(() => import('./speakers.js'));
const sectionViews: Record<string, () => Promise<unknown>> = {
  agenda: () => import('../event-agenda/view.js'),
  organizers: () => import('../event-organizers/view.js'),
  gallery: () => import('../event-gallery/view.js'),
};

/**
 * The whole announcement from one snippet: the card, the agenda, the speakers, the organizers
 * and the photo gallery, from one data source parsed (or fetched) once and handed to each part.
 * Sections with nothing to show are left out (the gallery's too, heading and all, once none of
 * its photos could load). Every section has the same shape, a heading at the start over its
 * content, and the card does not list the organizers again when their section is shown. The
 * speakers section lists everyone who performs at the event or in its sessions once, with the
 * sessions they give ("Performers" when a performing group is among them). Its gallery links to
 * its photos as the announcement's `id` says (`#<id>-photo-3`; see `<event-gallery>`). It
 * composes `<event-card>`, `<event-agenda>`, `<event-organizers>` and `<event-gallery>`, which
 * it registers when it is registered.
 *
 * @summary The complete event announcement: card, agenda, speakers, organizers and gallery.
 * @tagname event-announcement
 *
 * @attr {string} sections - Which sections to show, in order, separated by spaces: `card`, `agenda`, `speakers`, `organizers`, `gallery`. Default all five.
 * @attr {number} heading-level - Level of the event name's heading (1–5); section headings are one level below. Default 2.
 *
 * @csspart announcement - The whole announcement.
 * @csspart section - Each section.
 * @csspart heading - The heading of the agenda, speakers and gallery sections (the organizers show a heading per role).
 * @csspart speakers - The list of speakers.
 * @csspart speaker - One speaker: photo, name, what they do, sessions.
 * @csspart avatar - A speaker's photo, over their initials (shown without a photo, or when it fails to load).
 * @csspart speaker-name - A speaker's name, linked to their page when they have one.
 * @csspart speaker-role - A speaker's role or job title, and affiliation.
 * @csspart speaker-sessions - The sessions a speaker gives.
 * @csspart card - The `<event-card>`.
 * @csspart agenda - The `<event-agenda>`.
 * @csspart organizers - The `<event-organizers>`.
 * @csspart gallery - The `<event-gallery>`.
 *
 * @cssprop [--event-announcement-gap=32px] - Space between the sections.
 * @cssprop [--event-announcement-avatar-size=3.5em] - Size of the speakers' photos.
 * @cssprop [--event-embed-avatar-radius=50%] - Corner radius of the speakers' photos.
 */
export class EventAnnouncement extends EventEmbedElement {
  static override styles = EventEmbedElement.styles;

  static override properties = {
    ...EventEmbedElement.properties,
    sections: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Which sections to show, in order, separated by spaces. */
  declare sections: string;
  /** Level of the event name's heading. */
  declare headingLevel: number;

  constructor() {
    super();
    this.sections = 'card agenda speakers organizers gallery';
    this.headingLevel = 2;
  }

  override connectedCallback() {
    super.connectedCallback();
    view.load();
    for (const name of new Set(this.sections.split(/\s+/))) sectionViews[name]?.().catch(() => {});
  }

  protected override needs(event: EventModel) {
    const wanted: Promise<unknown>[] = [];
    if (!view.settled()) wanted.push(view.load());
    // The speakers' code, only for a section shown; a chunk that cannot load (offline) leaves it out.
    const performers = event.performers[0] || event.subEvents.some((s) => s.performers[0]);
    if (performers && /\bspeakers\b/.test(this.sections) && !speakers.settled()) wanted.push(speakers.load());
    return wanted.length ? Promise.all(wanted) : undefined;
  }

  protected override willUpdate() {
    super.willUpdate();
    // The speakers section asked for once shown: it appears when its code is there.
    if (this.state === 'ready' && this.result?.ok) this.needs(this.result.event)?.then(() => this.requestUpdate());
  }

  protected override renderEvent(event: EventModel) {
    const v = view.get();
    // Offline, the view could not load: the page's fallback content stays.
    return v ? v.render(this, this.result!, event, this.strings, this.locale, speakers.get()) : html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-announcement': EventAnnouncement;
  }
}
