import { css } from "lit";

// The safety note and the cover shown while the quick exit leaves.
export const safety = css`
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

`;
