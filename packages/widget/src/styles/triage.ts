import { css } from "lit";

// The triage free-text box, its promise and the "what we understood" chips.
export const triage = css`
  .free-text {
    margin: 0 0 16px;
  }
  .free-text label {
    display: block;
    font-weight: 700;
  }
  .promise {
    margin: 4px 0 6px;
    padding: 4px 8px;
    border-inline-start: 4px solid var(--_open-fg);
    background: var(--_open-bg);
    color: var(--_open-fg);
    font-weight: 700;
    font-size: 0.925em;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 88px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    resize: vertical;
  }
  textarea:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }
  .understood {
    margin: 8px 0 0;
  }
  .understood-title {
    margin: 0 0 4px;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0 0 4px;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding-inline-start: 10px;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
  }
  .chip.danger {
    border-color: var(--_exit-bg);
    font-weight: 700;
  }
  .chip-remove {
    appearance: none;
    min-width: 44px;
    min-height: 44px;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1.2em;
    cursor: pointer;
  }
  .chip-remove:focus-visible {
    outline: 3px solid var(--_accent);
  }
`;

// The removal path: the caution first, then the platforms' routes.
export const removal = css`
  .removal {
    margin: 16px 0;
  }
  .caution {
    margin: 8px 0 12px;
    padding: 10px 12px;
    border: 2px solid var(--_caveat-border);
    background: var(--_caveat-bg);
    border-radius: 6px;
  }
  .caution h4 {
    margin: 0 0 6px;
  }
  .caution p {
    margin: 0 0 8px;
  }
  .platforms,
  .routes,
  .helpers {
    margin: 4px 0 8px;
    padding-inline-start: 20px;
  }
  .platforms {
    padding: 0;
    list-style: none;
  }
  .platform {
    margin: 0 0 10px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .platform h5 {
    margin: 0 0 4px;
    font-size: 1em;
  }
  .routes li {
    margin: 0 0 6px;
  }
`;
