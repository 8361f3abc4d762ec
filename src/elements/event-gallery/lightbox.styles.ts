import { css } from 'lit';

/**
 * The lightbox's styles: loaded with its code when a photo is first opened, and added then to
 * the gallery's shadow root (see Lightbox's constructor).
 */
export const lightboxStyles = css`
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
