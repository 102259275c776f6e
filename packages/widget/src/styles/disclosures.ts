import { css } from "lit";

// Remedies and FAQs as <details> disclosures.
export const disclosures = css`
  details {
    margin: 0 0 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  summary {
    padding: 12px 14px;
    cursor: pointer;
    font-weight: 700;
    min-height: 44px;
  }
  details[open] > summary {
    border-bottom: 1px solid var(--_border);
  }
  .details-body {
    padding: 12px 14px;
  }
  .kind-heading {
    margin: 16px 0 8px;
    font-size: 1em;
    color: var(--_muted);
  }
  .link-button {
    display: inline;
    /* A button is an inline block: top-aligned, a list marker stays beside a name that wraps onto two lines. */
    vertical-align: top;
    text-align: start;
    appearance: none;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }

`;
