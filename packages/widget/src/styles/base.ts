import { css } from "lit";

// The reset that keeps the host page's text styles out, typography, links, focus and the quick-exit button.
export const base = css`
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    position: relative;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.65;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    text-align: start;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  .root.compact {
    --_size: var(--stalker-help-font-size, 15px);
  }

  .header {
    position: sticky;
    top: 0;
    z-index: var(--stalker-help-exit-z-index, 2147483000);
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
    justify-content: space-between;
    padding: 12px 16px;
    background: var(--_bg);
    border-bottom: 1px solid var(--_border);
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  h2 {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.4;
    font-weight: 700;
  }
  h3 {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.45;
    font-weight: 700;
  }
  h4 {
    margin: 12px 0 4px;
    font-size: 0.95em;
    font-weight: 700;
  }
  p {
    margin: 0 0 8px;
  }
  ul,
  ol {
    margin: 0 0 8px;
    padding-inline-start: 24px;
  }
  li {
    margin: 2px 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .exit {
    appearance: none;
    min-height: 44px;
    padding: 8px 16px;
    border: 2px solid transparent;
    border-radius: 6px;
    background: var(--_exit-bg);
    color: var(--_exit-fg);
    font-weight: 700;
    font-size: 1em;
    line-height: 1.3;
    cursor: pointer;
  }
  .exit:hover {
    text-decoration: underline;
  }
  .exit:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The query container is the body, not the root: containment would trap the position: fixed exit cover. */
`;
