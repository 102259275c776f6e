import { css, unsafeCSS } from "lit";

// Design tokens: the --stalker-help-* custom properties with their light defaults, and the dark theme.
// Light unless the page asks: theme="dark" always, theme="auto" when the OS prefers dark (never by default,
// since a dark widget on a light partner page looks broken).
// Written once, used by both dark selectors. A constant of ours, never data: unsafeCSS is safe here.
const darkTokens = unsafeCSS(`
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
  color-scheme: dark;
`);

export const tokens = css`
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
  :host([theme="dark"]) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme="auto"]) {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none !important;
  }

  /* Inherited properties cross the shadow boundary; this wrapper resets them all so the host page's text styles
     (letter-spacing, text-transform, line-height, ...) cannot leak in. */
`;
