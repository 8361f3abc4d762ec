import { html, nothing } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import type { EventModel } from '../../core/event/model.js';
import { onDemand } from '../../core/lazy.js';
import { styles } from './event-announcement.styles.js';

type Section = 'card' | 'agenda' | 'speakers' | 'organizers' | 'gallery';
const SECTIONS: Section[] = ['card', 'agenda', 'speakers', 'organizers', 'gallery'];

/** The speakers section (./speakers.ts): loaded for events with performers that show it. */
const speakers = onDemand(() => import('./speakers.js'));

/**
 * The whole announcement from one snippet: the card, the agenda, the speakers, the organizers
 * and the photo gallery, from one data source parsed (or fetched) once and handed to each part.
 * Sections with nothing to show are left out. The speakers section lists everyone who performs
 * at the event or in its sessions once, with the sessions they give ("Performers" when a
 * performing group is among them). It composes `<event-card>`, `<event-agenda>`,
 * `<event-organizers>` and `<event-gallery>`, which it registers when it is registered.
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

  protected override needs(event: EventModel) {
    // Only for a section shown; a chunk that cannot load (offline) leaves it out.
    const wanted =
      /\bspeakers\b/.test(this.sections) && (event.performers[0] || event.subEvents.some((s) => s.performers[0]));
    return wanted && !speakers.settled() ? speakers.load() : undefined;
  }

  protected override willUpdate() {
    super.willUpdate();
    // The speakers section asked for once shown: it appears when its code is there.
    if (this.state === 'ready' && this.result?.ok) this.needs(this.result.event)?.then(() => this.requestUpdate());
  }

  protected override renderEvent(event: EventModel) {
    const t = this.strings;
    const level = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    const has: Record<Section, boolean> = {
      card: true,
      agenda: event.subEvents.length > 0,
      speakers: !!speakers.get()?.speakersOf(event).length,
      organizers: event.organizers.length + event.sponsors.length + event.funders.length > 0,
      gallery: event.images.length > 0,
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
        case 'speakers':
          return speakers.get()!.section(this.shadowRoot!, event, t, level, heading);
        case 'organizers':
          return html`<event-organizers part="organizers" .parsed=${common.parsed} lang=${common.lang} theme=${common.theme ?? nothing} heading-level=${level + 1}></event-organizers>`;
        case 'gallery':
          return html`${heading(t.announcement.gallery)}
            <event-gallery part="gallery" .parsed=${common.parsed} lang=${common.lang} theme=${common.theme ?? nothing}></event-gallery>`;
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
