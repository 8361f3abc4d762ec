import { html, nothing } from 'lit';
import { EventEmbedElement } from '../../core/element.js';
import type { EventModel, Place, When } from '../../core/event/model.js';
import { countdown, endMoment } from '../../core/event/time.js';
import { onDemand } from '../../core/lazy.js';
import { watch, type Watch } from '../../core/clock.js';
import { datetimeAttr, formatRange } from '../../core/locale/format.js';
import { calendarMenu, calendarStyles } from '../../core/calendar-menu.js';
import { styles } from './event-card.styles.js';

/**
 * The ticket tiers (./tickets.ts), loaded for events with several offers or with more to say
 * about one than its link (a name, a price, a sales window): the card waits for them.
 */
const tiers = onDemand(() => import('./tickets.js'));
const detailed = (e: EventModel) =>
  e.status !== 'cancelled' &&
  (e.offers.length > 1 ||
    e.offers.some((o) =>
      Object.entries(o).some(([k, v]) => v !== undefined && k !== 'url' && !(k === 'availability' && /^[is]/.test(v))),
    ));

/** Descriptions longer than this (in characters) are clamped behind a "more" toggle. */
const LONG_TEXT = 360;
/**
 * Characters of a description laid out: while clamped, enough to fill the clamp; once shown,
 * this many more at each "show more" (a description of millions of characters would otherwise
 * freeze the page while the browser lays it out, even hidden).
 */
const PREVIEW = 1_000;
const STEP = 20_000;

/** The performers line (./performers.ts): loaded for events that have performers. */
const performers = onDemand(() => import('./performers.js'));
/** The schedules, doors and duration (../../core/schedule/recurring.ts): only for events that have one. */
const extra = onDemand(() => import('../../core/schedule/recurring.js'));
const hasExtra = (e: EventModel) => e.schedules.length || e.doorTime || (e.duration && !e.end);
/** The viewer's-time line and the date a moved event was (./details.ts): only for the events that show them. */
const details = onDemand(() => import('./details.js'));

/**
 * The event itself: name, date and time, place, performers ("With …"), description, status,
 * links and "add to calendar". Performers who are also the event's organizers are not repeated.
 *
 * @summary An event announcement card from schema.org Event JSON-LD.
 * @tagname event-card
 *
 * @attr {number} heading-level - Level of the event name's heading (1–6), to fit the page's outline. Default 2.
 * @attr {boolean} no-calendar - Hides "Add to calendar".
 * @attr {boolean} no-image - Hides the event's image.
 * @attr {boolean} no-share - Hides "Share" (the system's share sheet, else the page's link copied).
 * @attr {boolean} viewer-time - Also shows the time in the viewer's own zone when it differs from the event's ("Your time: Thu 2:00 AM"). Online and mixed events show it without this attribute.
 *
 * @csspart card - The card (`<article>`).
 * @csspart image - The event's image.
 * @csspart status - The status badge: cancelled, postponed, rescheduled, moved online; else, by the clock, "Starts in 3 days", "Happening now" or "Ended" (`data-time` is `soon`, `now` or `ended`).
 * @csspart attendance - The "Online" or "Online and in person" badge.
 * @csspart title - The event's name.
 * @csspart super-event - "Part of" the larger event.
 * @csspart when - The date and time line.
 * @csspart zone - The name of the time zone, shown when the viewer's zone differs.
 * @csspart viewer-time - The time in the viewer's own zone ("Your time: …"), when it differs.
 * @csspart where - The venue line.
 * @csspart online - The join-online line.
 * @csspart doors - "Doors 18:30": when the doors open.
 * @csspart schedule - A recurring event's schedule: its rule and its next dates.
 * @csspart schedule-rule - The rule in words ("every Tuesday, 19:00–21:00").
 * @csspart occurrences - The list of the next dates.
 * @csspart organizer - The "Organized by" line (each organizer linked when it has a URL).
 * @csspart tickets - The list of ticket tiers (`<ul>`), for several tiers or one with a name, price or sales dates.
 * @csspart tier - Each tier (`<li>`); `data-sale` is `open`, `later` (not on sale yet), `ended` or `soldOut`.
 * @csspart tier-name - A tier's name, linked to its page while it can be bought.
 * @csspart tier-price - A tier's price ("Free", "$63.25", "$20 – $80", or the text as written).
 * @csspart tier-note - A tier's availability or sales window ("Sold out", "On sale from …", "Sales ended").
 * @csspart performers - The performers line ("With …", a list): each one's photo or initials and name, linked to their page.
 * @csspart avatar - A performer's photo, over their initials (shown without a photo, or when it fails to load).
 * @csspart description - The description.
 * @csspart more - The "show more" toggle.
 * @csspart actions - The row of links and buttons.
 * @csspart button - Each link and button in the actions row.
 * @csspart share - The "Share" button (also a `button`).
 * @csspart shared - The status beside it: "Link copied".
 * @csspart calendar - The "Add to calendar" menu (`<details>`).
 * @csspart calendar-menu - The list of calendar choices.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 *
 * @cssprop [--event-embed-avatar-size=1.75em] - Size of the performers' photos.
 * @cssprop [--event-embed-avatar-radius=50%] - Corner radius of the performers' photos.
 */
export class EventCard extends EventEmbedElement {
  static override styles = [EventEmbedElement.styles, calendarStyles, styles];

  static override properties = {
    ...EventEmbedElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
    noCalendar: { type: Boolean, attribute: 'no-calendar' },
    noImage: { type: Boolean, attribute: 'no-image' },
    noShare: { type: Boolean, attribute: 'no-share' },
    viewerTime: { type: Boolean, attribute: 'viewer-time' },
    now: { attribute: false },
  };

  /** Level of the heading holding the event's name. */
  declare headingLevel: number;
  /** Hides "Add to calendar". */
  declare noCalendar: boolean;
  /** Hides the image. */
  declare noImage: boolean;
  /** Hides "Share". */
  declare noShare: boolean;
  /**
   * Also shows the time in the viewer's own zone when it differs from the event's, for an
   * in-person event (online and mixed events always show it).
   */
  declare viewerTime: boolean;
  /**
   * The current time for "Starts in 3 days", "Happening now", "Ended" and the tickets' sales
   * windows, in milliseconds since the epoch. Unset (the default), the real clock is used and
   * the card follows it; set it to show the card as at a given moment (previews, tests).
   * @type {number | undefined}
   */
  declare now: number | undefined;
  private expanded = false;
  /** Characters of the description laid out once expanded. */
  private shown = STEP;
  /** The page's one clock, which wakes the card when its status line changes. */
  private watch?: Watch;

  constructor() {
    super();
    this.headingLevel = 2;
    this.noCalendar = false;
    this.noImage = false;
    this.noShare = false;
    this.viewerTime = false;
  }

  protected override needs(event: EventModel) {
    // A chunk that cannot load (offline) leaves the card without its tiers, performers line or schedule.
    const wanted: Promise<unknown>[] = [];
    if (detailed(event) && !tiers.settled()) wanted.push(tiers.load());
    if (event.performers[0] && !performers.settled()) wanted.push(performers.load());
    if (hasExtra(event) && !extra.settled()) wanted.push(extra.load());
    if (this.detailed(event) && !details.settled()) wanted.push(details.load());
    return wanted.length ? Promise.all(wanted) : undefined;
  }

  // The page's one clock wakes the card when its status line changes, while it is in the page.
  override connectedCallback() {
    super.connectedCallback();
    this.watch = watch(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.watch?.stop();
  }

  /**
   * Where the event stands now: its status, else the clock's word ("Starts in 3 days"). `end` is
   * its end (from its duration when it has no endDate); a recurring event with a date to come
   * (`recurs`) has not ended.
   */
  private standing(event: EventModel, end = event.end, recurs = false): [string | undefined, string?] {
    const t = this.strings;
    this.watch?.at(undefined);
    if (event.status !== 'scheduled') return [t.status[event.status]];
    const now = this.now ?? Date.now();
    if (!event.start) return end && endMoment(end) < now && !recurs ? [t.status.ended, 'ended'] : [undefined];
    const c = countdown(event.start, end, now);
    // On the real clock, woken when the line changes.
    if (this.now === undefined) this.watch?.at(c.next);
    if (c.kind === 'ended') return recurs ? [undefined] : [t.status.ended, 'ended'];
    if (c.kind === 'now') return [t.time.now, 'now'];
    if (c.kind !== 'soon') return [undefined];
    const rel = new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' }).format(c.value!, c.unit!);
    return [t.time.starts(rel), 'soon'];
  }

  protected override renderEvent(event: EventModel) {
    const t = this.strings;
    const image = this.noImage ? undefined : event.images[0];
    const x = hasExtra(event) ? extra.get() : undefined;
    const end = event.end ?? x?.endOf(event);
    const [status, time] = this.standing(event, end, !!x?.upcoming(event));
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const prev = event.previousStart;
    const d = this.detailed(event) ? details.get() : undefined;
    // Asked for after the card was shown (viewer-time set later): shown once its code is there.
    if (this.detailed(event) && !details.settled()) details.load().then(() => this.requestUpdate());
    const was = prev && /^[rp]/.test(event.status) && d ? d.was(this.locale, t, event, prev) : '';
    const mode = event.attendance !== 'offline' && event.status !== 'movedOnline';
    // Pre-rendered (`event-embed/ssr`), the card keeps the clock's word a line, so that the
    // browser can write it there ("Happening now") without moving the page.
    const keep = !status && event.status === 'scheduled' && !!(event.start || end) && this.ssr;
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
        ${
          status || mode || keep
            ? html`<p class="badges">
              ${status ? html`<span class="status" part="status" data-time=${time ?? nothing}>${was ? `${status}, ${was}` : status}</span>` : keep ? html`<span class="status kept" part="status">&nbsp;</span>` : nothing}
              ${mode ? html`<span class="status" part="attendance">${t[event.attendance as 'online' | 'mixed']}</span>` : nothing}
            </p>`
            : nothing
        }
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
        ${
          event.organizers.length
            ? html`<p class="line" part="organizer">
              ${t.organizedBy(event.organizers.length)}
              ${event.organizers.map(
                (o, i) => html`${i ? ', ' : ''}${o.url ? html`<a href=${o.url} rel="noopener">${o.name}</a>` : o.name}`,
              )}
            </p>`
            : nothing
        }
        ${performers.get()?.performers(this.shadowRoot!, event, t)}
        ${this.renderDescription(event.description)} ${this.renderActions(event, time === 'now')}
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
    </p>${
      // The viewer's own time, when it differs: for online and mixed events, or when asked.
      range.zone && start.instant !== undefined && this.viewerTimeShown(event)
        ? (details.get()?.viewerTime(this.locale, this.strings, start.instant, end?.instant) ?? nothing)
        : nothing
    }`;
  }

  /** Whether the viewer's own time is shown: for online and mixed events, or when asked. */
  private viewerTimeShown(event: EventModel) {
    return this.viewerTime || event.attendance !== 'offline';
  }

  /** Whether the card needs ./details.ts: the viewer's time, or the date a moved event was. */
  private detailed(event: EventModel) {
    return this.viewerTimeShown(event) || (!!event.previousStart && /^[rp]/.test(event.status));
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

  private renderActions(event: EventModel, live: boolean) {
    const t = this.strings;
    // Under way online: joining comes first.
    const join = live && event.online[0];
    // Several tiers, or one with more than its link: the tiers' module says which one the button
    // goes to (the cheapest still on sale). Else (or offline) the first with a link not sold out.
    // A cancelled event sells nothing.
    const offers = event.status === 'cancelled' ? [] : event.offers;
    const view = detailed(event) ? tiers.get()?.tickets(this.shadowRoot!, event, t, this.locale, this.now) : undefined;
    const offer = view ? view.main : offers.find((o) => o.url && o.availability !== 'soldOut');
    const soldOut = view ? view.soldOut : !offer && offers.some((o) => o.availability === 'soldOut');
    const free = offer && (offer.price ?? offer.lowPrice) === 0 && !offer.highPrice;
    const calendar = !this.noCalendar && (event.start || event.schedules.length) && event.status !== 'cancelled';
    const share = !this.noShare && event.status !== 'cancelled';
    if (!event.url && !offer && !soldOut && !calendar && !view && !join && !share) return nothing;
    return html`${view?.list ?? nothing}<div class="actions" part="actions">
      ${join ? html`<a class="button primary" part="button" href=${join.url} rel="noopener">${join.name ?? t.joinOnline}</a>` : nothing}
      ${
        offer?.url
          ? html`<a class="button primary" part="button" href=${offer.url} rel="noopener">${free ? t.register : t.tickets}</a>`
          : soldOut
            ? html`<span class="sold-out">${t.soldOut}</span>`
            : nothing
      }
      ${event.url ? html`<a class="button" part="button" href=${event.url} rel="noopener">${t.details}</a>` : nothing}
      ${calendar ? calendarMenu(event, t) : nothing}
      ${
        share
          ? html`<button class="button" part="button share" @click=${(e: Event) => this.share(e, event)}>${t.share}</button
            ><span class="shared" part="shared" role="status"></span>`
          : nothing
      }
    </div>`;
  }

  /** Shares the page the card is on (its code loads on the first press). */
  private async share(e: Event, event: EventModel) {
    const status = (e.currentTarget as Element).nextElementSibling as HTMLElement;
    const { share, pageUrl } = await import('../../core/share.js');
    await share({ title: event.name, url: pageUrl() }, status, this.strings);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}
