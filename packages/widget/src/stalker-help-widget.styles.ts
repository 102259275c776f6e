import { css } from "lit";

// Everything is sized in px (or container units), never rem: rem follows the host page's <html> font-size, which
// a partner page may set to anything. Fonts are the system's: @font-face does not work inside a shadow root.
export const styles = css`
  :host {
    /* The host element lives in the partner's light DOM: page rules such as * { display: inline } reach it. */
    display: block !important;
    box-sizing: border-box;
    max-width: 100%;
    --_bg: var(--stalker-help-background, #ffffff);
    --_fg: var(--stalker-help-color, #1b1f24);
    --_muted: var(--stalker-help-muted-color, #4f5863);
    --_border: var(--stalker-help-border-color, #d0d5db);
    --_surface: var(--stalker-help-surface, #f6f7f9);
    --_accent: var(--stalker-help-accent, #1d5aa0);
    --_open-fg: var(--stalker-help-open-color, #11612a);
    --_open-bg: var(--stalker-help-open-background, #e3f3e7);
    --_closed-fg: var(--stalker-help-closed-color, #4f5863);
    --_closed-bg: var(--stalker-help-closed-background, #eceef1);
    --_caveat-bg: var(--stalker-help-caveat-background, #fff6dc);
    --_caveat-border: var(--stalker-help-caveat-border-color, #c99a06);
    --_exit-bg: var(--stalker-help-exit-background, #a4262c);
    --_exit-fg: var(--stalker-help-exit-color, #ffffff);
    --_radius: var(--stalker-help-radius, 8px);
    --_font: var(
      --stalker-help-font-family,
      system-ui,
      -apple-system,
      "Segoe UI",
      "Hiragino Sans",
      "Hiragino Kaku Gothic ProN",
      "Noto Sans CJK JP",
      "Noto Sans JP",
      Meiryo,
      sans-serif
    );
    --_size: var(--stalker-help-font-size, 16px);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--stalker-help-background, #17191c);
      --_fg: var(--stalker-help-color, #e9ebee);
      --_muted: var(--stalker-help-muted-color, #b0b7c0);
      --_border: var(--stalker-help-border-color, #3a4048);
      --_surface: var(--stalker-help-surface, #202328);
      --_accent: var(--stalker-help-accent, #9cc3ff);
      --_open-fg: var(--stalker-help-open-color, #9be3b0);
      --_open-bg: var(--stalker-help-open-background, #173a22);
      --_closed-fg: var(--stalker-help-closed-color, #c3c9d1);
      --_closed-bg: var(--stalker-help-closed-background, #2b3037);
      --_caveat-bg: var(--stalker-help-caveat-background, #3a2f0c);
      --_caveat-border: var(--stalker-help-caveat-border-color, #d6a51c);
      --_exit-bg: var(--stalker-help-exit-background, #c0392f);
    }
  }
  :host([hidden]) {
    display: none !important;
  }

  /* Inherited properties cross the shadow boundary; this wrapper resets them all so the host page's text styles
     (letter-spacing, text-transform, line-height, ...) cannot leak in. */
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
  .body {
    container-type: inline-size;
    padding: 12px 16px 16px;
  }

  .emergency {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: baseline;
    margin: 0 0 12px;
    padding: 10px 12px;
    border-inline-start: 4px solid var(--_exit-bg);
    background: var(--_surface);
    border-radius: 4px;
    font-weight: 700;
  }
  .emergency .dial {
    font-size: 1.3em;
  }
  .emergency .name {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0 0 12px;
    border-bottom: 1px solid var(--_border);
  }
  .tab {
    appearance: none;
    min-height: 44px;
    padding: 8px 12px;
    border: 0;
    border-bottom: 3px solid transparent;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
    font-size: 0.95em;
  }
  .tab[aria-selected="true"] {
    color: var(--_fg);
    border-bottom-color: var(--_accent);
    font-weight: 700;
  }

  .cards {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 720px) {
    .cards {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
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
  .label {
    color: var(--_muted);
    font-size: 0.9em;
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

  fieldset {
    margin: 0 0 16px;
    padding: 0;
    border: 0;
  }
  legend {
    margin: 0 0 6px;
    padding: 0;
    font-weight: 700;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 10px;
  }
  .choice {
    display: inline-flex;
    gap: 8px;
    align-items: center;
    min-height: 44px;
    padding: 6px 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 8px 0 16px;
  }
  .primary,
  .secondary {
    appearance: none;
    min-height: 44px;
    padding: 8px 16px;
    border-radius: 6px;
    border: 2px solid var(--_accent);
    cursor: pointer;
    font-weight: 700;
  }
  .primary {
    background: var(--_accent);
    color: var(--_bg);
  }
  .secondary {
    background: transparent;
    color: var(--_accent);
  }
  .reason {
    margin: 4px 0 8px;
    color: var(--_muted);
    font-size: 0.925em;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.925em;
  }

  .safety {
    margin: 16px 0 0;
    padding: 12px 14px;
    background: var(--_surface);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .safety h3 {
    font-size: 1em;
    margin-bottom: 4px;
  }

  /* Shown the instant the quick exit starts, over the whole viewport where it can be, over the widget at least. */
  .cover {
    position: fixed;
    inset: 0;
    z-index: var(--stalker-help-exit-z-index, 2147483000);
    display: flex;
    align-items: center;
    justify-content: center;
    background: #ffffff;
    color: #6b7280;
  }
  .exiting .content {
    visibility: hidden;
  }

  @media (forced-colors: active) {
    .badge,
    .exit {
      border: 1px solid;
    }
  }

  /* Someone without a safe device may print the list and keep it: print the windows, their numbers and hours, and
     the addresses behind links; leave out what only works on a screen. */
  @media print {
    .root {
      border: 0;
      color: #000000;
      background: #ffffff;
      font-size: 11pt;
    }
    .header {
      position: static;
      border: 0;
      padding: 0 0 8px;
    }
    .exit,
    .tabs,
    .badge,
    .cover,
    .live,
    [data-screen-only] {
      display: none !important;
    }
    [data-print] {
      display: block !important;
    }
    .body {
      padding: 0;
    }
    .cards {
      grid-template-columns: minmax(0, 1fr);
    }
    .card,
    .channel {
      break-inside: avoid;
      border-color: #999999;
      background: #ffffff;
    }
    a {
      color: #000000;
    }
    a[href^="http"]::after {
      content: " (" attr(href) ")";
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    details > .details-body {
      display: block;
    }
  }
`;
