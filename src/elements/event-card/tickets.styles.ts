import { css } from 'lit';

/** The styles of the card's ticket tiers (./tickets.ts), adopted when they first show. */
export const styles = css`
  .tiers {
    display: grid;
    gap: 0.25em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .tier {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: baseline;
    padding: 0.375em 0;
    border-top: 1px solid var(--_ee-border);
  }
  .tier-name {
    flex: 1 1 12em;
    min-width: 0;
    overflow-wrap: anywhere;
    font-weight: 600;
  }
  .tier-price {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .tier-note {
    flex-basis: 100%;
    color: var(--_ee-muted);
    font-size: 0.875em;
  }
  [data-sale='soldOut'] .tier-price,
  [data-sale='ended'] .tier-price {
    color: var(--_ee-muted);
    text-decoration: line-through;
  }
`;
