import { css } from "lit";

// Forced colours (Windows high contrast), reduced motion and print.
export const media = css`
  /* Windows high contrast: the system colours replace ours; borders keep badges, buttons and cards apart. */
  @media (forced-colors: active) {
    .badge,
    .exit,
    .tab[aria-selected="true"],
    .card {
      border: 1px solid;
    }
    .exit {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .root *,
    .root *::before,
    .root *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
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
