import { css } from "lit";

// The accent-outlined button (the documents' and triage's primary and secondary actions, the "I can't talk on the
// phone" switch): one look, one place, at least 44 px tall (WCAG 2.5.5). Interpolated into the rule of each button,
// which adds its own padding, corners and fill, so each chunk keeps only its own selectors.
export const accentButton = css`
  appearance: none;
  min-height: 44px;
  border: 2px solid var(--_accent);
  font-weight: 700;
  cursor: pointer;
`;
