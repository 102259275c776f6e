// Shared helpers for the content tests: walk every text and channel of the generated dataset.
import type { Dataset } from "../index.js";
import { isLocalizedText } from "../query/localize.js";
import { RECORD_KINDS, type RecordKind } from "../query/vocabulary.js";

/** The record kinds of the dataset, walked in this order. */
export const RECORD_KIND_NAMES = RECORD_KINDS;
type RecordKindName = RecordKind;

/** A `{ ja, en }` pair found in the dataset, with where it was found. */
export interface FoundText {
  /** "contacts/<id>", "remedies/<id>", "faqs/<id>" or "triage/<rule id>". */
  record: string;
  /** Dotted path inside the record, e.g. "channels.0.notes". */
  path: string;
  ja: string;
  en: string;
}

/** Every `{ ja, en }` pair in every record of the dataset, and in every triage rule. */
export function localizedTexts(
  data: Pick<Dataset, RecordKindName> & { triage?: Pick<Dataset["triage"], "rules"> },
): FoundText[] {
  const found: FoundText[] = [];
  const visit = (value: unknown, record: string, path: string): void => {
    if (isLocalizedText(value)) {
      found.push({ record, path, ja: value.ja, en: value.en });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, record, `${path}.${i}`);
      });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, record, path ? `${path}.${key}` : key);
    }
  };
  for (const kind of RECORD_KIND_NAMES) {
    for (const record of data[kind]) visit(record, `${kind}/${record.id}`, "");
  }
  for (const rule of data.triage?.rules ?? []) visit(rule, `triage/${rule.id}`, "");
  return found;
}

/** Every string anywhere in the dataset's records (texts in both languages, labels, notes, URLs). */
export function allStrings(data: Pick<Dataset, RecordKindName>): { record: string; text: string }[] {
  const found: { record: string; text: string }[] = [];
  const visit = (value: unknown, record: string): void => {
    if (typeof value === "string") found.push({ record, text: value });
    else if (Array.isArray(value)) for (const item of value) visit(item, record);
    else if (typeof value === "object" && value !== null) for (const item of Object.values(value)) visit(item, record);
  };
  for (const kind of RECORD_KIND_NAMES) {
    for (const record of data[kind]) visit(record, `${kind}/${record.id}`);
  }
  return found;
}

/** A number or short code reduced to what is dialled: digits, and the leading # of short codes. */
export function dialled(number: string): string {
  return number.replace(/[^\d#]/g, "");
}
