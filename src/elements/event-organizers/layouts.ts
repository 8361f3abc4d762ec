import { css, html, type TemplateResult } from 'lit';
import enLater from '../../core/locale/en-later.js';
import type { Loaded } from '../../core/locale/index.js';
import { vars } from '../../core/style-vars.js';
import { adopt } from '../../core/styles.js';

/**
 * The layouts of `<event-organizers>` other than the default: `row`, one scrolling row, and
 * `marquee`, the logos moving in a loop with a pause button. Their code and styles load only
 * for those layouts (see EventOrganizers.needs()).
 */
const styles = css`
  .scroller {
    overflow-x: auto;
    scroll-snap-type: x mandatory;
  }
  .row li {
    scroll-snap-align: center;
  }
  .row ul,
  .marquee ul {
    width: max-content;
    margin-inline: auto;
  }
  .viewport {
    overflow: hidden;
  }
  .track {
    display: flex;
    width: max-content;
    animation: marquee calc(var(--_ee-n) * var(--event-organizers-marquee-speed, 3s)) linear infinite;
  }
  .marquee ul {
    justify-content: space-around;
    min-width: 100cqi;
    padding-inline: 0 var(--_ee-space);
  }
  .viewport:is(:hover, :focus-within) .track,
  .paused .track {
    animation-play-state: paused;
  }
  /* Right-to-left, the track overflows to the left: it moves the other way. */
  .track:dir(rtl) {
    animation-name: marquee-rtl;
  }
  @keyframes marquee {
    to {
      transform: translateX(-50%);
    }
  }
  @keyframes marquee-rtl {
    to {
      transform: translateX(50%);
    }
  }
  .pause {
    justify-self: end;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_ee-accent);
    border-radius: 6px;
    background: none;
    color: var(--_ee-accent);
    font: inherit;
    cursor: pointer;
  }
  /* Still under reduced motion, and on paper. */
  @media (prefers-reduced-motion: reduce), print {
    .pause,
    .copy {
      display: none;
    }
    .marquee ul {
      width: auto;
      min-width: 0;
      padding-inline: 4px;
    }
    .track {
      width: auto;
    }
  }
  /* On paper the row wraps: every logo is printed. */
  @media print {
    .scroller {
      overflow: visible;
    }
    .row ul {
      width: auto;
    }
  }
`;

/** One group's logos in a row that scrolls, with the layouts' styles added to the widget. */
export function scroller(root: ShadowRoot, label: string, list: TemplateResult) {
  adopt(root, styles);
  return html`<div class="scroller" part="scroller" tabindex="0" role="region" aria-label=${label}>${list}</div>`;
}

/** The marquee's pause button, with the layouts' styles added to the widget. */
export function pauseButton(root: ShadowRoot, paused: boolean, toggle: () => void, strings: Loaded['organizers']) {
  adopt(root, styles);
  const t = { ...enLater.organizers, ...strings };
  return html`<button class="pause" part="pause" @click=${toggle}>${paused ? t.play : t.pause}</button>`;
}

/** One group's logos, twice in a row (the copy hidden from assistive technology) so the loop is seamless. */
export function track(n: number, list: (copy?: boolean) => TemplateResult) {
  return html`<div class="viewport" @focusout=${(e: Event) => ((e.currentTarget as Element).scrollLeft = 0)}>
    <div class="track" style=${vars({ '--_ee-n': n })}>${list()}${list(true)}</div>
  </div>`;
}
