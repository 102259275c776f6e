import { css } from "lit";

// Layout: the body container, the emergency line, tabs and the card grid.
export const layout = css`
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
`;
