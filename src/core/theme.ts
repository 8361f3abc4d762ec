import { css } from 'lit';

/**
 * The global design tokens, defined once. Each `--event-embed-*` custom property a page sets
 * wins; otherwise the light or dark default applies. Elements read only the private copies,
 * named `--_ee-*` (tests/embedding/private-properties.test.ts fails on any other name), and
 * declared on the widget's inner `.root`, not on `:host`: a page's rules that match the host
 * element (`* { --_ee-text: red }`) win over `:host` rules in the cascade, and they would reach
 * the inner elements through inheritance; `.root` is a box no page selector can match.
 */
const dark = css`
  --_ee-accent: var(--event-embed-accent, #8ab4f8);
  --_ee-on-accent: var(--event-embed-on-accent, #0b1d3a);
  --_ee-text: var(--event-embed-text, #e8eaed);
  --_ee-muted: var(--event-embed-muted, #b0b5bd);
  --_ee-surface: var(--event-embed-surface, #1f2023);
  --_ee-subtle: var(--event-embed-subtle, #2b2d31);
  --_ee-border: var(--event-embed-border, #4a4e55);
  --_ee-danger: var(--event-embed-danger, #f2b8b5);
`;

export const theme = css`
  :host {
    color-scheme: light;
    display: flow-root;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    /* A page's universal rules (* { padding: … !important }) would reach the host box;
       !important here wins over them (inner styles win among important ones). To frame a
       widget, wrap it or style ::part(card). */
    padding: 0 !important;
    border: 0 !important;
    background: none !important;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
    }
    :host(:not([theme='light'])) .root {
      ${dark}
    }
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='dark']) .root {
    ${dark}
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The widget's own typography: inherited host-page styles stop here. It floats because a
     float is the one box that text decorations of the page (text-decoration on an ancestor)
     do not propagate into; the host, a flow-root, contains it. */
  .root {
    --_ee-accent: var(--event-embed-accent, #0b57d0);
    --_ee-on-accent: var(--event-embed-on-accent, #ffffff);
    --_ee-text: var(--event-embed-text, #1b1c1f);
    --_ee-muted: var(--event-embed-muted, #52565d);
    --_ee-surface: var(--event-embed-surface, #ffffff);
    --_ee-subtle: var(--event-embed-subtle, #f1f3f6);
    --_ee-border: var(--event-embed-border, #d3d7de);
    --_ee-danger: var(--event-embed-danger, #b3261e);
    --_ee-radius: var(--event-embed-radius, 12px);
    --_ee-font: var(--event-embed-font-family, system-ui, sans-serif);
    --_ee-font-size: var(--event-embed-font-size, medium);
    --_ee-space: var(--event-embed-space, 16px);
    all: initial;
    display: block;
    float: left;
    width: 100%;
    box-sizing: border-box;
    /* Container queries give every widget its narrow and wide layouts. An inline-size
       container has no intrinsic width of its own: this one stands in for it where the host
       page sizes the widget by its content (a flex item, a float, an inline-block). */
    container-type: inline-size;
    contain-intrinsic-inline-size: 36em;
    font-family: var(--_ee-font);
    font-size: var(--_ee-font-size);
    line-height: 1.5;
    color: var(--_ee-text);
    text-align: start;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_ee-accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_ee-accent);
  }
  .state {
    padding: var(--_ee-space);
    border: 1px solid var(--_ee-border);
    border-radius: var(--_ee-radius);
    background: var(--_ee-surface);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
