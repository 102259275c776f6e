import { css } from "lit";

// The box of every text field the person types into (the triage's free text, the documents' fields): one look, one
// place. Interpolated into the rule of each field, so each chunk keeps only its own selectors.
export const textFieldBox = css`
  box-sizing: border-box;
  width: 100%;
  padding: 8px 10px;
  border: 1px solid var(--_border);
  border-radius: 6px;
  background: var(--_bg);
  color: var(--_fg);
  font: inherit;
`;
