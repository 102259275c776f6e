import { css } from "lit";
import { accentButton } from "./accent-button.js";

// The contacts panel's first screen (render/reachable.ts): the "I can't talk on the phone" switch, the group
// headings, compact cards with one action each (at least 44 × 44 px, WCAG 2.5.5), and the folds below them.
export const reach = css`
  .reach-head {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: center;
    margin: 0 0 4px;
  }
  .cannot-talk {
    ${accentButton}
    padding: 8px 14px;
    border-radius: 22px;
    background: var(--_bg);
    color: var(--_accent);
  }
  .cannot-talk[aria-pressed="true"] {
    background: var(--_accent);
    color: var(--_bg);
  }
  .reach .hint,
  .reach .muted {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .reach-group {
    margin: 8px 0 4px;
    font-size: 1em;
  }
  .reach-card {
    padding: 6px 12px;
  }
  .reach-card h3 {
    font-size: 1em;
    margin: 0 0 2px;
  }
  .reach-cards {
    gap: 6px;
  }
  .reach-card .caveat {
    margin-top: 6px;
    padding: 4px 8px;
  }
  .reach-card .why,
  .reach-card .caveat {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .for {
    margin: 0 0 6px;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .action {
    display: flex;
    flex-wrap: wrap;
    gap: 0 8px;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-height: 48px;
    min-width: 44px;
    padding: 6px 14px;
    border-radius: 8px;
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }
  span.action {
    background: var(--_surface);
    color: var(--_fg);
  }
  .action .dial {
    font-size: 1.15em;
  }
  .reach-card .note {
    margin: 4px 0 0;
    font-size: 0.875em;
  }
  /* "詳しく" on a compact card: a 44 px row, not a box, so each card stays about a sixth of a phone screen. */
  .reach-card > details.more {
    margin: 2px 0 0;
    border: 0;
  }
  .reach-card > details.more:not([open]) {
    margin-bottom: -6px;
  }
  .reach-card > details.more > summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding: 0;
    color: var(--_accent);
  }
  .reach-card > details.more > :not(summary) {
    margin-inline: 0;
  }
  .reach-card .dial-by-hand {
    font-weight: 400;
    font-size: 0.8em;
  }
  details.fold {
    margin: 8px 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  details.fold > summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding: 0 12px;
    cursor: pointer;
    font-weight: 700;
  }
  details.fold > .cards {
    padding: 0 8px 8px;
  }
  @container (min-width: 720px) {
    .reach-cards {
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
    }
  }
`;

/** The compact cards' folds (render/reach-fold.ts), with the views chunk: a fold's channels as plain links. */
export const reachFold = css`
  .channel .action {
    display: inline-flex;
    min-height: 44px;
    background: transparent;
    color: var(--_accent);
    padding-inline: 0;
    text-decoration: underline;
  }
`;
