import { css } from 'lit';

/** The thumbnails; the lightbox's styles come with its code (./lightbox.styles.ts). */
export const styles = css`
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
    gap: calc(var(--_ee-space) / 2);
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
    flex: var(--_ee-ratio) 1 calc(var(--_ee-ratio) * var(--event-gallery-row-height, 10em));
    min-width: 0;
    aspect-ratio: var(--_ee-ratio);
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
    border-radius: calc(var(--_ee-radius) / 2);
    background: var(--_ee-subtle);
    font-size: 0.875em;
    cursor: zoom-in;
  }
  li img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  /* A video takes a whole row, at its own aspect ratio; the player replaces its poster there. */
  ul .video {
    grid-column: 1 / -1;
    flex: 1 0 100%;
    aspect-ratio: auto;
  }
  figure {
    margin: 0;
  }
  .frame {
    aspect-ratio: var(--_ee-ratio);
    overflow: hidden;
    border-radius: calc(var(--_ee-radius) / 2);
    background: #000;
  }
  .frame > * {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
  }
  li .poster {
    position: relative;
    cursor: pointer;
  }
  .poster img {
    object-fit: cover;
  }
  .icon {
    position: absolute;
    inset: 0;
    width: 4.25em;
    margin: auto;
    fill: var(--event-gallery-play-color, #fff);
    transition: transform 0.2s;
  }
  .icon rect {
    fill: var(--event-gallery-play-background, rgb(0 0 0 / 0.7));
  }
  .poster:is(:hover, :focus-visible) .icon {
    transform: scale(1.1);
  }
  figcaption {
    padding-top: 0.375em;
    color: var(--_ee-muted);
    font-size: 0.875em;
  }
  .all {
    margin-top: calc(var(--_ee-space) / 2);
    padding: 0.5em 1em;
    border: 1px solid;
    border-radius: calc(var(--_ee-radius) * 0.67);
    background: var(--_ee-surface);
    color: var(--_ee-accent);
    font-weight: 600;
  }
  @container (min-width: 40em) {
    .grid {
      grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    }
    .rows li {
      flex-basis: calc(var(--_ee-ratio) * var(--event-gallery-row-height, 12em));
    }
  }
`;
