import { css } from 'lit';
import { sharedStyles } from '../../core/share.styles.js';

export const styles = css`
  ${sharedStyles}
  .card {
    display: grid;
    overflow: hidden;
    border: 1px solid var(--_ee-border);
    border-radius: var(--_ee-radius);
    background: var(--_ee-surface);
  }
  img {
    display: block;
    width: 100%;
    height: auto;
    max-height: 320px;
    object-fit: cover;
    background: var(--_ee-subtle);
  }
  /* A failed image is hidden (the rule above would keep it a box). */
  img[hidden] {
    display: none;
  }
  .body {
    display: grid;
    gap: calc(var(--_ee-space) * 0.5);
    padding: var(--_ee-space);
    min-width: 0;
  }
  p {
    margin: 0;
  }
  [part='title'] {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .cancelled [part='title'],
  .cancelled .when {
    text-decoration: line-through;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .status {
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_ee-subtle);
    color: var(--_ee-text);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .kept {
    visibility: hidden;
  }
  .cancelled .status {
    background: var(--_ee-danger);
    color: var(--_ee-surface);
  }
  .status[data-time='now'] {
    background: var(--_ee-accent);
    color: var(--_ee-on-accent);
  }
  .super,
  .zone {
    color: var(--_ee-muted);
  }
  .when {
    font-weight: 600;
  }
  .zone {
    font-weight: 400;
  }
  .map {
    margin-inline-start: 0.5em;
  }
  .description {
    display: grid;
    gap: 0.5em;
    white-space: pre-line;
  }
  .clamped {
    max-height: 9em;
    overflow: hidden;
    mask-image: linear-gradient(to bottom, #000 60%, transparent);
  }
  .more {
    justify-self: start;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_ee-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-start;
    margin-top: 0.25em;
  }
  .button {
    display: inline-block;
    padding: 0.5em 1em;
    border: 1px solid var(--_ee-accent);
    border-radius: calc(var(--_ee-radius) * 0.67);
    background: none;
    color: var(--_ee-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .primary {
    background: var(--_ee-accent);
    color: var(--_ee-on-accent);
  }
  .sold-out {
    padding: 0.5em 0;
    color: var(--_ee-muted);
    font-weight: 600;
  }
  @container (min-width: 640px) {
    .card:has(> img:not([hidden])) {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    img {
      height: 100%;
      max-height: none;
    }
    [part='title'] {
      font-size: 1.625em;
    }
  }
  @container (max-width: 360px) {
    .body {
      padding: calc(var(--_ee-space) * 0.75);
    }
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
    .button {
      text-align: center;
    }
  }
`;
