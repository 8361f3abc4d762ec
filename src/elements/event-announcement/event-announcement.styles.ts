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
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
`;
