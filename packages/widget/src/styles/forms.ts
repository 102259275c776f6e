import { css } from "lit";
import { accentButton } from "./accent-button.js";

// The triage form.
export const forms = css`
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
    ${accentButton}
    padding: 8px 16px;
    border-radius: 6px;
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

`;
