import { css } from 'lit';
import { sharedStyles } from '../../core/share.styles.js';

/** The agenda; the filters of long agendas have their styles in ./filters.ts. */
export const styles = css`
  ${sharedStyles}
  .root {
    background: var(--_ee-surface);
  }
  p,
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .muted,
  .zone {
    color: var(--_ee-muted);
  }
  .zone {
    margin-bottom: 0.75em;
  }
  /* The lines above the sessions start where the sessions' text does. */
  .zone,
  .root > .calendar,
  [part='day'] {
    padding-inline: 0.5em;
  }
  [part='day'] {
    margin-top: 0.75em;
    border-bottom: 2px solid var(--_ee-border);
    font-size: 1.125em;
    font-weight: 700;
  }
  .item {
    display: grid;
    gap: 0.25em 1em;
    padding: 0.75em 0.5em;
    border-bottom: 1px solid var(--_ee-border);
  }
  .item:last-child {
    border-bottom: 0;
  }
  [hidden] {
    display: none !important;
  }
  [data-mark='now'] {
    background: var(--_ee-subtle);
  }
  /* The session the page's address names (#event-session-3). */
  [data-target] {
    background: var(--_ee-subtle);
    box-shadow: inset 4px 0 var(--_ee-accent);
  }
  [data-target]:dir(rtl) {
    box-shadow: inset -4px 0 var(--_ee-accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
  }
  .time,
  .title {
    font-weight: 600;
  }
  time {
    white-space: nowrap;
  }
  .badge:not(:empty) {
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_ee-accent);
    color: var(--_ee-on-accent);
  }
  .body {
    display: grid;
    gap: 0.25em;
    justify-items: start;
  }
  .people {
    --_ee-avatar: var(--event-embed-avatar-size, 2em);
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .description {
    white-space: pre-line;
  }
  .tickets {
    font-weight: 600;
  }
  .tickets a {
    margin-inline-end: 0.25em;
    color: var(--_ee-accent);
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .more,
  .button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_ee-accent);
    font: inherit;
    text-decoration: underline;
  }
  /* Each session's Share: there for whoever wants it, quieter than the session itself. */
  .share {
    color: var(--_ee-muted);
    font-size: 0.875em;
    text-decoration: none;
  }
  .share:is(:hover, :focus-visible) {
    color: var(--_ee-accent);
    text-decoration: underline;
  }
  @container (min-width: 480px) {
    .timed > .item {
      grid-template-columns: 10em minmax(0, 1fr);
    }
    .timed .body {
      grid-column: 2;
    }
    /* Under the times, in their narrow column, out of the flow: a mark that comes or goes (the
       clock, or the browser taking pre-rendered HTML over) moves nothing. (A session is at least
       two lines high: its title and its actions.) */
    .timed .time {
      position: relative;
    }
    .timed .badge:not(:empty) {
      position: absolute;
      top: 1.625em;
      inset-inline-start: 0;
      margin: 0;
    }
    .clamp {
      display: block;
    }
    .more {
      display: none;
    }
  }
`;
