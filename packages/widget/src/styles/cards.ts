import { css } from "lit";

// Contact cards: head, open-now badges, channels, facts, caveats.
export const cards = css`
  .card {
    margin: 0;
    padding: 14px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 10px;
    align-items: baseline;
    justify-content: space-between;
    margin-bottom: 4px;
  }
  .org {
    margin: 0 0 6px;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badge {
    display: inline-block;
    padding: 1px 8px;
    border-radius: 6px;
    font-size: 0.85em;
    font-weight: 700;
    background: var(--_closed-bg);
    color: var(--_closed-fg);
  }
  .badge.open {
    background: var(--_open-bg);
    color: var(--_open-fg);
  }
  .badge .when {
    font-weight: 400;
  }
  /* Accepts any time, answered later: never styled as open. */
  .badge.deferred {
    background: var(--_surface);
    color: var(--_fg);
    border: 1px dashed var(--_border);
  }
  .dial-by-hand {
    font-weight: 700;
  }
  .traces ul,
  .alternatives ul,
  .prepare ul {
    margin: 2px 0 6px;
    padding-inline-start: 20px;
    font-size: 0.925em;
  }

  .channels {
    margin: 8px 0;
    padding: 0;
    list-style: none;
  }
  .channel {
    margin: 0 0 8px;
    padding: 8px 10px;
    background: var(--_surface);
    border-radius: 6px;
  }
  .channel-main {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
    align-items: baseline;
  }
  .dial {
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: 0.02em;
    font-variant-numeric: tabular-nums;
  }
  /* A number is what a person taps: at least 44 px high (WCAG 2.5.5) without changing how the line reads. */
  a.dial {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  /* The fold on phone-sized cards ("詳しく"): a plain disclosure, inside the card. */
  .card > details.more {
    margin-top: 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .card > details.more > summary {
    padding: 10px 12px;
    min-height: 44px;
  }
  .card > details.more > :not(summary) {
    margin-inline: 12px;
  }
  .label {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .files-missing {
    padding: 8px;
    border: 1px solid var(--_caveat-border);
    background: var(--_caveat-bg);
  }
  .note {
    margin: 4px 0 0;
    font-size: 0.9em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 8px 0;
    font-size: 0.925em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .caveat {
    margin: 8px 0;
    padding: 8px 10px;
    border-inline-start: 4px solid var(--_caveat-border);
    background: var(--_caveat-bg);
    border-radius: 4px;
    font-size: 0.925em;
  }
  .meta {
    margin: 8px 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .compact .description,
  .compact .meta,
  .compact .facts .languages {
    display: none;
  }

`;
