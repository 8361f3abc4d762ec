import { html, nothing } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import type { EventModel } from '../../core/event/model.js';
import { styles } from './event-announcement.styles.js';

type Section = 'card' | 'agenda' | 'organizers' | 'gallery';
const SECTIONS: Section[] = ['card', 'agenda', 'organizers', 'gallery'];

/**
 * The whole announcement from one snippet: the card, the agenda, the organizers and the photo
 * gallery, from one data source parsed (or fetched) once and handed to each part. Sections
 * with nothing to show are left out (the gallery's too, heading and all, once none of its photos
 * could load). Its gallery links to its photos as the announcement's `id` says
 * (`#<id>-photo-3`; see `<event-gallery>`). It composes `<event-card>`, `<event-agenda>`,
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
  static override styles = [EventEmbedElement.styles, styles];

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
    this.sections = SECTIONS.join(' ');
    this.headingLevel = 2;
  }

  protected override renderEvent(event: EventModel) {
    const t = this.strings;
    const level = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    const has: Record<Section, boolean> = {
      card: true,
      agenda: event.subEvents.length > 0,
      organizers: event.organizers.length + event.sponsors.length + event.funders.length > 0,
      gallery: event.images.length + (event.videos?.length ?? 0) > 0,
    };
    const shown = this.sections
      .split(/\s+/)
      .filter(
        (s, i, all): s is Section => SECTIONS.includes(s as Section) && has[s as Section] && all.indexOf(s) === i,
      );
    // Every part gets the parsed result itself: nothing is parsed or fetched twice.
    const common = { parsed: this.result, lang: this.locale, theme: this.theme };
    const heading = (text: string) =>
      html`<div class="heading" role="heading" aria-level=${level + 1} part="heading">${text}</div>`;
    const section = (name: Section) => {
      switch (name) {
        case 'card':
          return html`<event-card part="card" .parsed=${common.parsed} lang=${common.lang} theme=${common.theme ?? nothing} heading-level=${level}></event-card>`;
        case 'agenda':
          return html`${heading(t.announcement.agenda)}
            <event-agenda part="agenda" .parsed=${common.parsed} lang=${common.lang} theme=${common.theme ?? nothing} heading-level=${level + 2}></event-agenda>`;
        case 'organizers':
          return html`<event-organizers part="organizers" .parsed=${common.parsed} lang=${common.lang} theme=${common.theme ?? nothing} heading-level=${level + 1}></event-organizers>`;
        case 'gallery':
          return html`${heading(t.announcement.gallery)}
            <event-gallery part="gallery" id=${this.id || nothing} .parsed=${common.parsed} lang=${common.lang} theme=${common.theme ?? nothing}></event-gallery>`;
      }
    };
    // The parts' own load and error events stay inside: the page hears the announcement's.
    const inside = (e: Event) => e.stopPropagation();
    return html`<div class="root announcement" part="announcement" @event-embed-load=${inside} @event-embed-error=${inside}>
      ${shown.map((name) => html`<section part="section" class=${name}>${section(name)}</section>`)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-announcement': EventAnnouncement;
  }
}
