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
  .heading,
  event-organizers::part(heading) {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* The organizers as the other sections are: a heading at the start, then a panel. */
  event-organizers::part(strip) {
    gap: var(--event-announcement-gap, 32px);
    padding: 0;
    background: none;
  }
  event-organizers::part(heading) {
    margin-bottom: calc(var(--_ee-space) * 0.75);
    text-align: start;
  }
  event-organizers::part(list),
  event-agenda::part(agenda) {
    border: 1px solid var(--_ee-border);
    border-radius: var(--_ee-radius);
    background: var(--_ee-surface);
  }
  event-organizers::part(list) {
    justify-content: flex-start;
    padding: var(--_ee-space);
  }
  event-agenda::part(agenda) {
    padding: calc(var(--_ee-space) * 0.5);
  }
  /* Its organizers have a section of their own: the card does not list them again. */
  .with-organizers event-card::part(organizer) {
    display: none;
  }
`;
