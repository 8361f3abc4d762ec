import { css } from 'lit';
import { adopt } from './styles.js';

/**
 * Every widget on paper: black on white whatever the theme, no buttons or menus (a printed page
 * cannot press them), each link's address written after it, descriptions unclamped, and
 * sessions, cards and logos kept whole across page breaks. CSS only, out of the first load:
 * each widget adds it to itself as it connects (./element.ts), long before anyone prints.
 */
export const print = css`
  @media print {
    .root {
      --_ee-accent: #000 !important;
      --_ee-on-accent: #fff !important;
      --_ee-text: #000 !important;
      --_ee-muted: #333 !important;
      --_ee-surface: #fff !important;
      --_ee-subtle: #fff !important;
      --_ee-border: #888 !important;
      color-scheme: light;
    }
    button,
    summary,
    dialog,
    .actions,
    .map,
    .calendar,
    .filters,
    .copy {
      display: none !important;
    }
    a[href^='http']::after,
    a[href^='mailto:']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .clamped,
    .clamp {
      max-height: none !important;
      -webkit-line-clamp: unset !important;
      mask-image: none !important;
    }
    li,
    article,
    [part='item'] {
      break-inside: avoid;
      content-visibility: visible !important;
    }
    [role='heading'] {
      break-after: avoid;
    }
    * {
      animation: none !important;
      box-shadow: none !important;
    }
  }
`;

/** Adds the print styles to a widget's shadow root. */
export const addPrint = (root: ShadowRoot) => adopt(root, print);
