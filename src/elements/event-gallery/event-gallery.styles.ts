import { css } from 'lit';

export const styles = css`
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid li {
    aspect-ratio: 1;
  }
  .rows {
    display: flex;
    flex-wrap: wrap;
  }
  /* Justified rows: growing in proportion to the aspect ratio keeps one height per row. */
  .rows li {
    flex: var(--r) 1 calc(var(--r) * var(--event-gallery-row-height, 10em));
    min-width: 0;
    aspect-ratio: var(--r);
  }
  .rows::after {
    content: '';
    flex: 1e4;
  }
  button {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  li button {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    overflow: hidden;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
    font-size: 0.875em;
    cursor: zoom-in;
  }
  li img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  li span {
    padding: 0.5em;
  }
  .all {
    margin-top: calc(var(--_space) / 2);
    padding: 0.5em 1em;
    border: 1px solid;
    border-radius: calc(var(--_radius) * 0.67);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }
  @container (min-width: 40em) {
    .grid {
      grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    }
    .rows li {
      flex-basis: calc(var(--r) * var(--event-gallery-row-height, 12em));
    }
  }
  dialog {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    background: var(--event-gallery-backdrop, rgb(0 0 0 / 0.95));
    color: #fff;
    animation: in 0.2s;
  }
  dialog :focus-visible {
    outline-color: #fff;
  }
  @keyframes in {
    from {
      opacity: 0;
    }
  }
  /* The controls are placed on the dialog, not around the image: an image of unknown size
     settles when it loads without moving them. */
  .stage {
    position: absolute;
    inset: 0;
    display: flex;
    padding: 3.5em 0 4em;
    overflow: hidden;
    touch-action: none;
  }
  .stage img {
    margin: auto;
    max-width: 100%;
    max-height: 100%;
    user-select: none;
    transition: opacity 0.2s;
    cursor: zoom-in;
  }
  .zoom {
    overflow: auto;
  }
  .zoom img {
    max-width: none;
    max-height: none;
    cursor: grab;
  }
  .hide {
    opacity: 0;
  }
  dialog p {
    position: absolute;
    inset: auto 0 0;
    margin: 0;
    padding: 1em;
    text-align: center;
  }
  .msg {
    bottom: 50%;
  }
  /* Only slow images show the indicator. */
  .wait {
    animation: in 0.2s 0.5s both;
  }
  .count {
    margin-inline-end: 0.5em;
    font-variant-numeric: tabular-nums;
  }
  dialog button {
    position: absolute;
    top: calc(50% - 1.375em);
    width: 1.8em;
    height: 1.8em;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.6);
    font-size: 1.5em;
    line-height: 1;
  }
  .close {
    top: 0.25em;
    inset-inline-end: 0.25em;
  }
  .prev {
    inset-inline-start: 0.25em;
  }
  .next {
    inset-inline-end: 0.25em;
  }
`;
