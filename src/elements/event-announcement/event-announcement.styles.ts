import { css } from 'lit';

export const styles = css`
  .announcement {
    display: grid;
    gap: var(--event-announcement-gap, 32px);
  }
  section {
    display: grid;
    gap: calc(var(--_ee-space) * 0.75);
    min-width: 0;
  }
  /* A part that turns out to have nothing to show (photos that all failed) takes its heading along. */
  section:has(> :state(empty)) {
    display: none;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
`;
