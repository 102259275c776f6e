import { css } from "lit";
import { textFieldBox } from "./text-field.js";

// The documents view: the form, the warnings, and the filled-in copies; printed as the document alone, on A4, laid
// out as a Japanese business letter is (title centred, headings and values in a two-column table, Mincho type).
export const documentStyles = css`
  .doc-chooser .choices {
    flex-direction: column;
    align-items: stretch;
  }
  .doc-summary {
    margin: 0 0 12px;
  }
  .doc-warnings {
    margin: 0 0 16px;
    padding: 12px 16px;
    border-inline-start: 4px solid var(--_caveat-border);
    background: var(--_caveat-bg);
    border-radius: 4px;
  }
  .doc-warnings h4,
  .doc-send-to h4,
  .doc-result h4,
  .doc-form h4 {
    margin: 0 0 8px;
  }
  .doc-warnings ul {
    margin: 0 0 8px;
    padding-inline-start: 1.25em;
  }
  .doc-warnings li + li {
    margin-top: 4px;
  }
  .doc-subhead {
    margin: 12px 0 4px;
    font-weight: 700;
  }
  .doc-routes,
  .doc-helpers {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .doc-form {
    margin: 16px 0;
  }
  .doc-section,
  .doc-entry {
    margin: 0 0 16px;
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .doc-entry {
    margin-top: 8px;
  }
  .doc-field {
    margin: 0 0 14px;
  }
  .doc-field > label,
  .doc-field > legend {
    display: block;
    font-weight: 700;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .field-help,
  .choice-help,
  .prompts-title {
    margin: 2px 0 6px;
    color: var(--_muted);
    font-size: 0.925em;
  }
  .doc-prompts ul {
    margin: 0 0 6px;
    padding-inline-start: 1.25em;
    color: var(--_muted);
    font-size: 0.925em;
  }
  .doc-field input,
  .doc-field textarea {
    ${textFieldBox}
    min-height: 44px;
  }
  .doc-field [aria-invalid="true"] {
    border: 2px solid #b3261e;
  }
  .field-error {
    margin: 4px 0 0;
    color: #b3261e;
    font-weight: 700;
  }
  .doc-choices {
    display: grid;
    gap: 6px;
  }
  .doc-choice {
    display: flex;
    gap: 10px;
    align-items: flex-start;
    padding: 8px 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    cursor: pointer;
  }
  .doc-choice input {
    flex: none;
    width: 20px;
    height: 20px;
    margin: 2px 0 0;
    accent-color: var(--_accent);
  }
  .choice-label {
    display: block;
  }
  .choice-help {
    display: block;
    margin: 2px 0 0;
  }
  .doc-output {
    margin: 12px 0 20px;
    padding: 16px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    line-height: 1.7;
    line-break: strict;
    overflow-wrap: anywhere;
  }
  .doc-title {
    margin: 0 0 12px;
    text-align: center;
    font-size: 1.15em;
  }
  .doc-copy-label {
    margin: 0 0 12px;
    text-align: center;
    font-weight: 700;
  }
  .doc-out-section + .doc-out-section {
    margin-top: 12px;
  }
  .doc-out-section h5 {
    margin: 0 0 4px;
    font-size: 1em;
  }
  .doc-intro {
    margin: 0 0 6px;
  }
  .doc-output dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    margin: 0;
    border-top: 1px solid var(--_border);
  }
  .doc-line {
    display: grid;
    grid-template-columns: minmax(7em, 32%) minmax(0, 1fr);
    border-bottom: 1px solid var(--_border);
  }
  .doc-line dt {
    padding: 4px 8px;
    background: var(--_surface);
    font-weight: 700;
  }
  .doc-line dd {
    margin: 0;
    padding: 4px 8px;
    white-space: pre-wrap;
  }
  .doc-line.missing dd,
  .doc-line.withheld dd {
    color: var(--_muted);
  }
  /* On a phone the heading sits above its value: two columns would leave a few characters a line. */
  .narrow .doc-line {
    grid-template-columns: minmax(0, 1fr);
  }

  @media print {
    /* Printing from the documents view prints the document alone, never the help around it. */
    .root:has([part~="document"]) :is(.header, .kind-heading, .emergency, .tabs, .safety, #panel-contacts, .doc-chooser,
      .doc-summary, .doc-warnings, .doc-send-to, .doc-form, .doc-result > h4, .doc-result > p, .doc-about) {
      display: none !important;
    }
    .doc-output {
      margin: 0;
      padding: 0;
      border: 0;
      font-family: "Hiragino Mincho ProN", "Yu Mincho", "YuMincho", "Noto Serif CJK JP", "Noto Serif JP", serif;
      font-size: 10.5pt;
      line-height: 1.8;
      color: #000000;
    }
    .doc-output + .doc-output {
      break-before: page;
    }
    .doc-title {
      font-size: 15pt;
      letter-spacing: 0.1em;
      margin-bottom: 8mm;
    }
    .doc-out-section {
      break-inside: avoid;
    }
    .doc-line,
    .narrow .doc-line {
      grid-template-columns: minmax(7em, 32%) minmax(0, 1fr);
      border-color: #000000;
    }
    .doc-output dl {
      border-color: #000000;
    }
    .doc-line dt {
      background: #ffffff;
      border-inline-end: 1px solid #000000;
    }
    .doc-line.missing dd,
    .doc-line.withheld dd {
      color: #000000;
    }
  }
`;
