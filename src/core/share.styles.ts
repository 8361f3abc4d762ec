import { css } from 'lit';

/**
 * The status beside a Share button (the card's and each session's): "Link copied", which fades
 * once said, or the link to copy by hand, which stays. Empty, it stays in the accessibility tree
 * (so that what comes is announced) but out of the row.
 */
export const sharedStyles = css`
  .shared {
    align-self: center;
    color: var(--_ee-muted);
    font-size: 0.875em;
  }
  .shared[data-said='copied'] {
    animation: ee-said 4s forwards;
  }
  @keyframes ee-said {
    80% {
      opacity: 1;
    }
    to {
      opacity: 0;
    }
  }
  .shared:empty {
    position: absolute;
  }
`;
