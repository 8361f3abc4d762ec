/**
 * What `<event-announcement>` shows: its sections (the card, the agenda, the speakers, the
 * organizers, the gallery), each handed the parsed event, with their styles. Loaded on demand by
 * ./event-announcement.ts, which stays in `loading` until it is there.
 */
import { html, nothing } from 'lit';
import type { EventModel, ParseResult } from '../../core/event/model.js';
import type { Loaded } from '../../core/locale/index.js';
import { adopt } from '../../core/styles.js';
import { styles } from './event-announcement.styles.js';
import type { EventAnnouncement } from './event-announcement.js';

type Section = 'card' | 'agenda' | 'speakers' | 'organizers' | 'gallery';
const SECTIONS: Section[] = ['card', 'agenda', 'speakers', 'organizers', 'gallery'];

export function render(
  el: EventAnnouncement,
  result: ParseResult,
  event: EventModel,
  t: Loaded,
  lang: string,
  speakers?: typeof import('./speakers.js'),
) {
  adopt(el.shadowRoot!, styles);
  const level = Math.min(5, Math.max(1, Math.round(el.headingLevel) || 2));
  const has: Record<Section, boolean> = {
    card: true,
    agenda: event.subEvents.length > 0,
    speakers: !!speakers?.speakersOf(event).length,
    organizers: event.organizers.length + event.sponsors.length + event.funders.length > 0,
    gallery: event.images.length + (event.videos?.length ?? 0) > 0,
  };
  const shown = el.sections
    .split(/\s+/)
    .filter((s, i, all): s is Section => SECTIONS.includes(s as Section) && has[s as Section] && all.indexOf(s) === i);
  // Every part gets the parsed result itself: nothing is parsed or fetched twice.
  const common = { parsed: result, lang, theme: el.theme };
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
        return speakers!.section(el.shadowRoot!, event, t, level, heading);
      case 'organizers':
        return html`<event-organizers part="organizers" .parsed=${common.parsed} lang=${common.lang} theme=${common.theme ?? nothing} heading-level=${level + 1}></event-organizers>`;
      case 'gallery':
        return html`${heading(t.announcement.gallery)}
          <event-gallery part="gallery" id=${el.id || nothing} .parsed=${common.parsed} lang=${common.lang} theme=${common.theme ?? nothing}></event-gallery>`;
    }
  };
  // The parts' own load and error events stay inside: the page hears the announcement's.
  const inside = (e: Event) => e.stopPropagation();
  const extra = shown.includes('organizers') ? 'with-organizers' : '';
  return html`<div class="root announcement ${extra}" part="announcement" @event-embed-load=${inside} @event-embed-error=${inside}>
    ${shown.map((name) => html`<section part="section" class=${name}>${section(name)}</section>`)}
  </div>`;
}
