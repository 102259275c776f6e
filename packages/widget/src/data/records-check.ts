// Validation of one-language records (from the API or from the data file next to the widget) against the localized
// JSON Schemas that @netstalker/data publishes. See docs/decisions for why the widget keeps its own small checker.
import type {
  CautionLocalized,
  ContactLocalized,
  FaqLocalized,
  PlatformLocalized,
  RemedyLocalized,
  TriageContent,
} from "@netstalker/data";
import cautionSchema from "@netstalker/data/schemas/caution-localized.schema.json" with { type: "json" };
import contactSchema from "@netstalker/data/schemas/contact-localized.schema.json" with { type: "json" };
import faqSchema from "@netstalker/data/schemas/faq-localized.schema.json" with { type: "json" };
import platformSchema from "@netstalker/data/schemas/platform-localized.schema.json" with { type: "json" };
import remedySchema from "@netstalker/data/schemas/remedy-localized.schema.json" with { type: "json" };
import triageSchema from "@netstalker/data/schemas/triage.schema.json" with { type: "json" };
import { compileJsonSchema, type JsonSchemaDocument } from "./json-schema-check.js";

const checks = {
  contacts: compileJsonSchema(contactSchema as JsonSchemaDocument),
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

/** Why records could not be used. */
export type LiveDataFailure = "config" | "network" | "timeout" | "http" | "json" | "shape";

/** A failure to get usable records; the widget then keeps what it has (or the emergency numbers). */
export class LiveDataError extends Error {
  override name = "LiveDataError";
  constructor(
    readonly reason: LiveDataFailure,
    message: string,
  ) {
    super(message);
  }
}

/** The record lists, by the name the API and the data file use. */
export interface RecordLists {
  contacts: ContactLocalized[];
  remedies: RemedyLocalized[];
  faqs: FaqLocalized[];
  platforms: PlatformLocalized[];
  cautions: CautionLocalized[];
}

/** Checks that `data` is a list of valid records of this kind, or throws a shape error naming the first problem. */
export function validList<K extends keyof RecordLists>(name: K, data: unknown): RecordLists[K] {
  if (!Array.isArray(data)) throw new LiveDataError("shape", `${name}: "data" is not a list`);
  for (const [i, record] of data.entries()) {
    const problem = checks[name](record);
    if (problem) throw new LiveDataError("shape", `${name}[${i}] ${problem.replace(/^\$/, "")}`);
  }
  // Every record was just checked against the published localized schema of this kind.
  return data as RecordLists[K];
}
