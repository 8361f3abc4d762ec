import { html, nothing } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import type { EventModel, Place, When } from '../../core/event/model.js';
import { endMoment } from '../../core/event/time.js';
import { datetimeAttr, formatRange } from '../../core/locale/format.js';
import { calendarMenu, calendarStyles } from '../../core/calendar-menu.js';
import { onDemand } from '../../core/lazy.js';
import { styles } from './event-card.styles.js';

/** Descriptions longer than this (in characters) are clamped behind a "more" toggle. */
const LONG_TEXT = 360;
/**
 * Characters of a description laid out: while clamped, enough to fill the clamp; once shown,
 * this many more at each "show more" (a description of millions of characters would otherwise
 * freeze the page while the browser lays it out, even hidden).
 */
const PREVIEW = 1_000;
const STEP = 20_000;

/** The schedules, doors and duration (../../core/schedule/recurring.ts): only for events that have one. */
const extra = onDemand(() => import('../../core/schedule/recurring.js'));
const hasExtra = (e: EventModel) => e.schedules.length || e.doorTime || (e.duration && !e.end);

/**
 * The event itself: name, date and time, place, description, status, links and "add to calendar".
 *
 * @summary An event announcement card from schema.org Event JSON-LD.
 * @tagname event-card
 *
 * @attr {number} heading-level - Level of the event name's heading (1–6), to fit the page's outline. Default 2.
 * @attr {boolean} no-calendar - Hides "Add to calendar".
 * @attr {boolean} no-image - Hides the event's image.
 *
 * @csspart card - The card (`<article>`).
 * @csspart image - The event's image.
 * @csspart status - The status badge (cancelled, postponed, rescheduled, moved online, ended).
 * @csspart title - The event's name.
 * @csspart super-event - "Part of" the larger event.
 * @csspart when - The date and time line.
 * @csspart zone - The name of the time zone, shown when the viewer's zone differs.
 * @csspart where - The venue line.
 * @csspart online - The join-online line.
 * @csspart doors - "Doors 18:30": when the doors open.
 * @csspart schedule - A recurring event's schedule: its rule and its next dates.
 * @csspart schedule-rule - The rule in words ("every Tuesday, 19:00–21:00").
 * @csspart occurrences - The list of the next dates.
 * @csspart description - The description.
 * @csspart more - The "show more" toggle.
 * @csspart actions - The row of links and buttons.
 * @csspart button - Each link and button in the actions row.
 * @csspart calendar - The "Add to calendar" menu (`<details>`).
 * @csspart calendar-menu - The list of calendar choices.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 */
export class EventCard extends EventEmbedElement {
  static override styles = [EventEmbedElement.styles, calendarStyles, styles];

  static override properties = {
    ...EventEmbedElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
    noCalendar: { type: Boolean, attribute: 'no-calendar' },
    noImage: { type: Boolean, attribute: 'no-image' },
  };

  /** Level of the heading holding the event's name. */
  declare headingLevel: number;
  /** Hides "Add to calendar". */
  declare noCalendar: boolean;
  /** Hides the image. */
  declare noImage: boolean;
  private expanded = false;
  /** Characters of the description laid out once expanded. */
  private shown = STEP;

  constructor() {
    super();
    this.headingLevel = 2;
    this.noCalendar = false;
    this.noImage = false;
  }

  protected override needs(event: EventModel) {
    return hasExtra(event) && !extra.settled() ? extra.load() : undefined;
  }

  protected override renderEvent(event: EventModel) {
    const t = this.strings;
    const image = this.noImage ? undefined : event.images[0];
    const x = hasExtra(event) ? extra.get() : undefined;
    const end = event.end ?? x?.endOf(event);
    const last = end ?? event.start;
    const status =
      event.status !== 'scheduled'
        ? t.status[event.status]
        : last && endMoment(last) < Date.now() && !x?.upcoming(event)
          ? t.status.ended
          : undefined;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div class="root"><article class="card ${event.status}" part="card" aria-labelledby="title">
      ${
        image
          ? html`<img
            part="image"
            src=${image.url}
            alt=${image.caption ?? image.name ?? ''}
            width=${image.width ?? nothing}
            height=${image.height ?? nothing}
            decoding="async"
            @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)}
          />`
          : nothing
      }
      <div class="body">
        ${status ? html`<p class="status" part="status">${status}</p>` : nothing}
        <div id="title" role="heading" aria-level=${level} part="title">${event.name}</div>
        ${
          event.superEvent?.name
            ? html`<p class="super" part="super-event">
              ${t.partOf}:
              ${event.superEvent.url ? html`<a href=${event.superEvent.url}>${event.superEvent.name}</a>` : event.superEvent.name}
            </p>`
            : nothing
        }
        ${
          // An end alone (a deadline) is shown on its own day.
          event.start || end ? this.renderWhen(event, (event.start ?? end)!, event.start && end) : nothing
        }
        ${x ? x.extras(this.shadowRoot!, event, this.locale, t) : nothing}
        ${event.places.map((place) => this.renderPlace(place))}
        ${event.online.map(
          (o) => html`<p class="line" part="online"><a href=${o.url} rel="noopener">${o.name ?? t.joinOnline}</a></p>`,
        )}
        ${this.renderDescription(event.description)} ${this.renderActions(event)}
      </div>
    </article></div>`;
  }

  private renderWhen(event: EventModel, start: When, end?: When) {
    const range = formatRange(this.locale, start, end, { timeZone: event.timeZone });
    return html`<p class="line when" part="when">
      ${range.parts.map((p) =>
        p.end ? html`<time datetime=${datetimeAttr(p.end === 'start' ? start : end!)}>${p.text}</time>` : p.text,
      )}
      ${range.zone ? html`<span class="zone" part="zone">(${range.zone})</span>` : nothing}
    </p>`;
  }

  private renderPlace(place: Place) {
    const text = [place.name, place.address].filter(Boolean).join(', ');
    const query = place.geo ? `${place.geo.latitude},${place.geo.longitude}` : text;
    const map = `https://www.google.com/maps/search/?${new URLSearchParams({ api: '1', query })}`;
    return html`<p class="line" part="where">
      ${place.url ? html`<a href=${place.url} rel="noopener">${text}</a>` : text}
      <a class="map" href=${map} rel="noopener" target="_blank">${this.strings.map}</a>
    </p>`;
  }

  private renderDescription(description?: string) {
    if (!description) return nothing;
    const long = description.length > LONG_TEXT;
    const cut = this.expanded ? this.shown : PREVIEW;
    // More left to lay out: the toggle shows more of it, and says "less" only at the end.
    const more = !this.expanded || description.length > cut;
    const text = description.length > cut ? `${description.slice(0, cut)}…` : description;
    const paragraphs = text.split(/\n\s*\n/);
    return html`<div
        id="description"
        class="description ${long && !this.expanded ? 'clamped' : ''}"
        part="description"
      >
        ${paragraphs.map((p) => html`<p>${p.trim()}</p>`)}
      </div>
      ${
        long
          ? html`<button
            class="more"
            part="more"
            aria-expanded=${this.expanded ? 'true' : 'false'}
            aria-controls="description"
            @click=${() => {
              if (this.expanded && more) this.shown += STEP;
              else {
                this.expanded = !this.expanded;
                this.shown = STEP;
              }
              this.requestUpdate();
            }}
          >
            ${more ? this.strings.more : this.strings.less}
          </button>`
          : nothing
      }`;
  }

  private renderActions(event: EventModel) {
    const t = this.strings;
    const offer = event.offers.find((o) => o.url || o.availability === 'soldOut');
    const free = offer?.price !== undefined && Number(offer.price) === 0;
    const calendar = !this.noCalendar && (event.start || event.schedules.length) && event.status !== 'cancelled';
    if (!event.url && !offer && !calendar) return nothing;
    return html`<div class="actions" part="actions">
      ${
        offer?.availability === 'soldOut'
          ? html`<span class="sold-out">${t.soldOut}</span>`
          : offer?.url
            ? html`<a class="button primary" part="button" href=${offer.url} rel="noopener">${free ? t.register : t.tickets}</a>`
            : nothing
      }
      ${event.url ? html`<a class="button" part="button" href=${event.url} rel="noopener">${t.details}</a>` : nothing}
      ${calendar ? calendarMenu(event, t) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}
