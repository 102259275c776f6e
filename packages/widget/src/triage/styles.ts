import { css } from "lit";
import { textFieldBox } from "../styles/text-field.js";

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
    ${textFieldBox}
    min-height: 88px;
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
    padding-inline-start: 12px;
    border: 1px solid var(--_accent);
    /* Round, but not a pill: a chip's words may wrap to two lines on a phone. */
    border-radius: 18px;
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
  .chip.crisis {
    border-color: var(--_accent);
    font-weight: 700;
  }
  .chip-text {
    padding-block: 6px;
  }
  .because {
    font-weight: 400;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .asks {
    display: flex;
    flex-direction: column;
    gap: 6px;
    margin: 0 0 4px;
    padding: 0;
    list-style: none;
  }
  .chip.ask {
    flex-wrap: wrap;
    justify-content: space-between;
    border-style: dashed;
    border-radius: 12px;
    padding: 4px 4px 4px 10px;
  }
  .ask-answers {
    display: inline-flex;
    gap: 6px;
  }
  .ask-answers button {
    min-width: 64px;
    min-height: 44px;
  }
  .nothing-understood,
  .ask-questions {
    margin: 4px 0 8px;
    padding: 6px 10px;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .listening {
    margin: 0 0 16px;
    padding: 10px 12px;
    border: 2px solid var(--_accent);
    border-radius: 8px;
    background: var(--_surface);
  }
  .calm {
    margin: 0 0 8px;
    font-size: 1.05em;
    line-height: 1.6;
  }
  .listening-lines {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .listening-lines li {
    margin: 0 0 8px;
  }
  .listening-lines .name {
    font-weight: 700;
  }
  .listening-lines .reason {
    margin: 2px 0 0;
    font-size: 0.925em;
  }
`;
