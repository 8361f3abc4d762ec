import { css, html, nothing } from 'lit';
import enLater from '../../core/locale/en-later.js';
import type { Loaded } from '../../core/locale/index.js';
import { adopt } from '../../core/styles.js';

/**
 * The filters of a long agenda (more than 20 items): by day and by room when there are several,
 * and a search over titles and speakers, with the count shown announced. Their code and styles
 * load only for long agendas (see EventAgenda.needs()).
 */

// `.filters ~ * .item`: in long agendas the browser lays out and paints only the items near the
// viewport (content-visibility), so that filtering stays within a frame.
export const filterStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
  }
  label {
    display: grid;
    flex: 1 1 12em;
  }
  select,
  input {
    min-width: 0;
    font: inherit;
  }
  .filters ~ * .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 7em;
  }
`;

/**
 * What the filters need of each item: its day and room (indexes, -1 without a room), its
 * session, and the search text they make from it when first searched.
 */
export interface Filterable {
  d: number;
  r: number;
  s: { name: string; performers: { name: string }[] };
  q?: string;
}

/** The filters, with their styles added to the widget; `changed` runs on every input. */
export function filters(
  root: ShadowRoot,
  days: string[],
  rooms: string[],
  strings: Loaded['agenda'],
  changed: () => void,
) {
  adopt(root, filterStyles);
  const a = { ...enLater.agenda, ...strings };
  const choose = (label: string, any: string, options: string[], id: string) =>
    options[1]
      ? html`<label>${label}<select id=${id}><option value="">${any}</option>${options.map(
          (o, i) => html`<option value=${i}>${o}</option>`,
        )}</select></label>`
      : nothing;
  return html`<div class="filters" part="filters" @input=${changed}>${choose(a.day, a.allDays, days, 'd')}${choose(
    a.room,
    a.allRooms,
    rooms,
    'r',
  )}<label>${a.search}<input type="search"></label><p class="count" role="status"></p></div>`;
}

/** Shows the items that pass the filters (without rendering anything again) and says how many. */
export function apply(root: ShadowRoot, items: HTMLElement[], rows: Filterable[], strings: Loaded['agenda']) {
  const [d, r, q, count] = ['#d', '#r', 'input', '.count'].map((s) => root.querySelector<HTMLInputElement>(s));
  if (!count) return;
  const query = q!.value.trim().toLowerCase();
  let n = 0;
  items.forEach((li, k) => {
    const row = rows[k];
    const show =
      (!d?.value || +d.value === row.d) &&
      (!r?.value || +r.value === row.r) &&
      (!query ||
        (row.q ??= [row.s.name, ...row.s.performers.map((x) => x.name)].join(' ').toLowerCase()).includes(query));
    // Only what changes is written: every write makes the engine look at the item's style again.
    if (li.hidden === show) li.hidden = !show;
    n += +show;
  });
  for (const s of root.querySelectorAll('section')) {
    const empty = !s.querySelector('.item:not([hidden])');
    if (s.hidden !== empty) s.hidden = empty;
  }
  count.textContent = (strings.shown ?? enLater.agenda.shown)(n, rows.length);
}
