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
const sectionViews: Record<string, () => Promise<unknown>> = {
  agenda: () => import('../event-agenda/view.js'),
  organizers: () => import('../event-organizers/view.js'),
  gallery: () => import('../event-gallery/view.js'),
};

/**
 * The whole announcement from one snippet: the card, the agenda, the organizers and the photo
 * gallery, from one data source parsed (or fetched) once and handed to each part. Sections
 * with nothing to show are left out. It composes `<event-card>`, `<event-agenda>`,
 * `<event-organizers>` and `<event-gallery>`, which it registers when it is registered.
 *
 * @summary The complete event announcement: card, agenda, organizers and gallery.
 * @tagname event-announcement
 *
 * @attr {string} sections - Which sections to show, in order, separated by spaces: `card`, `agenda`, `organizers`, `gallery`. Default all four.
 * @attr {number} heading-level - Level of the event name's heading (1–5); section headings are one level below. Default 2.
 *
 * @csspart announcement - The whole announcement.
 * @csspart section - Each section.
 * @csspart heading - The heading of the agenda and gallery sections (the organizers show a heading per role).
 * @csspart card - The `<event-card>`.
 * @csspart agenda - The `<event-agenda>`.
 * @csspart organizers - The `<event-organizers>`.
 * @csspart gallery - The `<event-gallery>`.
 *
 * @cssprop [--event-announcement-gap=32px] - Space between the sections.
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
    this.sections = 'card agenda organizers gallery';
    this.headingLevel = 2;
  }

  override connectedCallback() {
    super.connectedCallback();
    view.load();
    for (const name of new Set(this.sections.split(/\s+/))) sectionViews[name]?.().catch(() => {});
  }

  protected override needs() {
    return view.settled() ? undefined : view.load();
  }

  protected override renderEvent(event: EventModel) {
    const v = view.get();
    // Offline, the view could not load: the page's fallback content stays.
    return v ? v.render(this, this.result!, event, this.strings, this.locale) : html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-announcement': EventAnnouncement;
  }
}
