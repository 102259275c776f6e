// Validation of one-language records (from the API or from the data files next to the widget) against the localized
// JSON Schemas that @netstalker/data publishes. See docs/decisions for why the widget keeps its own small checker.
// The contact check lives in contacts-check.ts (the first card needs it); this module loads with the other records.
import type {
  CautionLocalized,
  ContactLocalized,
  FaqLocalized,
  PlatformLocalized,
  RemedyLocalized,
  TriageContent,
} from "@netstalker/data";
import cautionSchema from "@netstalker/data/schemas/caution-localized.schema.json" with { type: "json" };
import faqSchema from "@netstalker/data/schemas/faq-localized.schema.json" with { type: "json" };
import platformSchema from "@netstalker/data/schemas/platform-localized.schema.json" with { type: "json" };
import remedySchema from "@netstalker/data/schemas/remedy-localized.schema.json" with { type: "json" };
import triageSchema from "@netstalker/data/schemas/triage.schema.json" with { type: "json" };
import { checkedList, contactCheck, LiveDataError, type RecordCheck } from "./contacts-check.js";
import { compileJsonSchema, type JsonSchemaDocument } from "./json-schema-check.js";

export { LiveDataError, type LiveDataFailure } from "./contacts-check.js";

const checks: Record<keyof RecordLists, RecordCheck> = {
  contacts: contactCheck,
  remedies: compileJsonSchema(remedySchema as JsonSchemaDocument),
  faqs: compileJsonSchema(faqSchema as JsonSchemaDocument),
  platforms: compileJsonSchema(platformSchema as JsonSchemaDocument),
  cautions: compileJsonSchema(cautionSchema as JsonSchemaDocument),
};
const triageCheck = compileJsonSchema(triageSchema as JsonSchemaDocument);

/** Checks triage rules and lexicon (bilingual: the rules' reasons are shown in both languages' results). */
export function validTriage(data: unknown): TriageContent {
  const problem = triageCheck(data);
  if (problem) throw new LiveDataError("shape", `triage ${problem.replace(/^\$/, "")}`);
  // Just checked against the published triage schema.
  return data as TriageContent;
}

/** The record lists, by the name the API and the data files use. */
export interface RecordLists {
  contacts: ContactLocalized[];
  remedies: RemedyLocalized[];
  faqs: FaqLocalized[];
  platforms: PlatformLocalized[];
  cautions: CautionLocalized[];
}

/** Checks that `data` is a list of valid records of this kind, or throws a shape error naming the first problem. */
export function validList<K extends keyof RecordLists>(name: K, data: unknown): Promise<RecordLists[K]> {
  return checkedList(name, checks[name], data) as Promise<RecordLists[K]>;
}
