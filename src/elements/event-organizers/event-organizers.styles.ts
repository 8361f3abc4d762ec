import { css } from 'lit';

export const styles = css`
  .strip {
    --_ee-h: var(--event-organizers-logo-height, 48px);
    --_ee-w: var(--event-organizers-logo-width, 160px);
    --_ee-mono: var(--event-organizers-monochrome, 0);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ee-space);
    padding: var(--_ee-space);
    border-radius: var(--_ee-radius);
    background: var(--_ee-surface);
  }
  .mono {
    --_ee-mono: 1;
  }
  .heading {
    margin-bottom: 0.5em;
    font-weight: 700;
    text-align: center;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: var(--_ee-space);
    margin: 0;
    padding: 4px;
    list-style: none;
  }
  li {
    position: relative;
    flex: none;
    /* Two to a row on a phone rather than one tall column. */
    max-width: calc(50% - var(--_ee-space) / 2);
  }
  a {
    display: block;
    border-radius: 4px;
    color: inherit;
  }
  img,
  .tile {
    display: grid;
    place-items: center;
    width: var(--_ee-w);
    max-width: 100%;
    height: var(--_ee-h);
    object-fit: contain;
    filter: grayscale(var(--_ee-mono));
    transition: filter 0.2s;
  }
  li:is(:hover, :focus-within) img {
    filter: none;
  }
  .Person img {
    width: var(--_ee-h);
    margin: auto;
    border-radius: 50%;
    object-fit: cover;
  }
  /* The name tile of an entry without a logo: as tall as a logo box, initials and the name. */
  .tile {
    display: flex;
    gap: 0.5em;
    box-sizing: border-box;
    --_ee-badge: min(2.25em, calc(var(--_ee-h) - 8px));
    padding: 0;
    padding-inline: calc((var(--_ee-h) - var(--_ee-badge)) / 2) 0.75em;
    border: 1px solid var(--_ee-border);
    border-radius: 6px;
    background: var(--event-organizers-tile-background, var(--_ee-subtle));
    color: var(--_ee-text);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.2;
  }
  .initials {
    display: grid;
    place-items: center;
    flex: none;
    width: var(--_ee-badge);
    height: var(--_ee-badge);
    border-radius: 6px;
    background: var(--event-organizers-initials-background, var(--_ee-accent));
    color: var(--event-organizers-initials-color, var(--_ee-on-accent));
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .Person .initials {
    border-radius: 50%;
  }
  /* A long name takes two lines before it is cut. */
  .tile .text {
    display: -webkit-box;
    flex: 1;
    min-width: 0;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow-wrap: break-word;
  }
  .name {
    display: block;
    width: var(--_ee-w);
    max-width: 100%;
    padding: 0.25em;
    color: var(--_ee-text);
    font-size: 0.8125em;
    line-height: 1.25;
    text-align: center;
  }
  .strip:not(.names) .name {
    position: absolute;
    bottom: 0;
    background: var(--_ee-surface);
    opacity: 0;
    pointer-events: none;
  }
  .strip:not(.names) li:is(:hover, :focus-within) .name {
    opacity: 1;
  }
`;
