import { css } from 'lit';

export const styles = css`
  :host {
    --_h: var(--event-organizers-logo-height, 48px);
    --_w: var(--event-organizers-logo-width, 160px);
    --_mono: var(--event-organizers-monochrome, 0);
  }
  .mono {
    --_mono: 1;
  }
  .strip {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
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
    gap: var(--_space);
    margin: 0;
    padding: 4px;
    list-style: none;
  }
  li {
    position: relative;
    flex: none;
    max-width: 100%;
  }
  a {
    display: block;
    border-radius: 4px;
    color: inherit;
  }
  img,
  .text {
    display: grid;
    place-items: center;
    width: var(--_w);
    max-width: 100%;
    height: var(--_h);
    object-fit: contain;
    filter: grayscale(var(--_mono));
    transition: filter 0.2s;
  }
  li:is(:hover, :focus-within) img {
    filter: none;
  }
  .Person img {
    width: var(--_h);
    margin: auto;
    border-radius: 50%;
    object-fit: cover;
  }
  .text {
    height: auto;
    min-height: var(--_h);
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_subtle);
    color: var(--_text);
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
  }
  .name {
    display: block;
    width: var(--_w);
    max-width: 100%;
    padding: 0.25em;
    color: var(--_text);
    font-size: 0.8125em;
    line-height: 1.25;
    text-align: center;
  }
  .strip:not(.names) .name {
    position: absolute;
    bottom: 0;
    background: var(--_surface);
    opacity: 0;
    pointer-events: none;
  }
  .strip:not(.names) li:is(:hover, :focus-within) .name {
    opacity: 1;
  }
`;
