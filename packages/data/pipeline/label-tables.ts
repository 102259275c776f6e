// What each file under content/labels/ must hold: per table, the keys it must or may have and the type its generated
// module declares. The keys come from the zod schemas and the query's lists, so a vocabulary value without a label,
// a label for no value and a heading for no field all stop the build, naming the file, table and key.
import type { z } from "zod";
import { REACH_STATES, UNKNOWN_REASONS } from "../src/query/reach-vocabulary.js";
import { RELATIONSHIPS, TRIAGE_ASKS, TRIAGE_NEEDS, TRIAGE_STRENGTHS } from "../src/query/triage-vocabulary.js";
import { ChannelSchema, NumberKindSchema, PhoneLineSchema, TraceSchema } from "../src/schema/channel.js";
import { ContactSchema } from "../src/schema/contact.js";
import { FaqSchema } from "../src/schema/faq.js";
import { CostSchema } from "../src/schema/primitives.js";
import { RemedySchema } from "../src/schema/remedy.js";
import { ClosureSchema, DayOfWeekSchema } from "../src/schema/schedule.js";
import {
  AudienceSchema,
  CategorySchema,
  RemedyKindSchema,
  ServiceSchema,
  UrgencySchema,
} from "../src/schema/taxonomy.js";

/** A TypeScript type the generated module names, and the module under src/ it comes from. */
export interface TypeRef {
  name: string;
  from: string;
}

/**
 * One table's rule: a label for every value of a vocabulary (`Labels<T>`), headings for some fields of a record
 * (`FieldLabels<T>`), fixed phrases under any names, or one text.
 */
export type LabelTable =
  | { kind: "vocabulary" | "fields"; keys: readonly string[]; type: TypeRef }
  | { kind: "phrases" | "text" };

const vocabulary = (keys: readonly string[], name: string, from: string): LabelTable => ({
  kind: "vocabulary",
  keys,
  type: { name, from },
});
const fieldsOf = (schema: z.ZodObject, name: string, from: string): LabelTable => ({
  kind: "fields",
  keys: Object.keys(schema.shape),
  type: { name, from },
});
const PHRASES: LabelTable = { kind: "phrases" };
const TEXT: LabelTable = { kind: "text" };

const CHANNEL_TYPES = ChannelSchema.options.map((option) => option.shape.type.value);

/** Every labels file (content/labels/<name>.yaml, generated as src/generated/labels/<name>.ts) and its tables. */
export const LABEL_FILES: Readonly<Record<string, Readonly<Record<string, LabelTable>>>> = {
  contacts: {
    CATEGORY_LABELS: vocabulary(CategorySchema.options, "Category", "schema/taxonomy"),
    AUDIENCE_LABELS: vocabulary(AudienceSchema.options, "Audience", "schema/taxonomy"),
    SERVICE_LABELS: vocabulary(ServiceSchema.options, "Service", "schema/taxonomy"),
    URGENCY_LABELS: vocabulary(UrgencySchema.options, "Urgency", "schema/taxonomy"),
    COST_LABELS: vocabulary(CostSchema.options, "Cost", "schema/primitives"),
    NUMBER_KIND_LABELS: vocabulary(NumberKindSchema.options, "NumberKind", "schema/channel"),
    PHONE_LINE_LABELS: vocabulary(PhoneLineSchema.options, "PhoneLine", "schema/channel"),
    CHANNEL_TYPE_LABELS: vocabulary(CHANNEL_TYPES, "ChannelType", "schema/channel"),
    CLOSURE_LABELS: vocabulary(ClosureSchema.options, "Closure", "schema/schedule"),
    DAY_LABELS: vocabulary(DayOfWeekSchema.options, "DayOfWeek", "schema/schedule"),
    TRACE_LABELS: vocabulary(TraceSchema.options, "Trace", "schema/channel"),
    CONTACT_TEXT_LABELS: PHRASES,
  },
  "contact-fields": {
    CONTACT_FIELD_LABELS: fieldsOf(ContactSchema, "Contact", "schema/contact"),
    DANGER_NOW_HEADING: TEXT,
  },
  reach: {
    REACH_STATE_LABELS: vocabulary(REACH_STATES, "ReachState", "query/reach-vocabulary"),
    UNKNOWN_REASON_LABELS: vocabulary(UNKNOWN_REASONS, "UnknownReason", "query/reach-vocabulary"),
    REACH_ACTION_LABELS: vocabulary(CHANNEL_TYPES, "ChannelType", "schema/channel"),
    REACH_TEXT_LABELS: PHRASES,
  },
  remedies: {
    REMEDY_KIND_LABELS: vocabulary(RemedyKindSchema.options, "RemedyKind", "schema/taxonomy"),
    REMEDY_FIELD_LABELS: fieldsOf(RemedySchema, "Remedy", "schema/remedy"),
    FAQ_FIELD_LABELS: fieldsOf(FaqSchema, "Faq", "schema/faq"),
  },
  triage: {
    CRISIS_LABEL: TEXT,
    TRIAGE_ASK_LABELS: vocabulary(TRIAGE_ASKS, "TriageAsk", "query/triage-vocabulary"),
    TRIAGE_NEED_LABELS: vocabulary(TRIAGE_NEEDS, "TriageNeed", "query/triage-vocabulary"),
    RELATIONSHIP_LABELS: vocabulary(RELATIONSHIPS, "Relationship", "query/triage-vocabulary"),
    TRIAGE_STRENGTH_LABELS: vocabulary(TRIAGE_STRENGTHS, "TriageStrength", "query/triage-vocabulary"),
  },
};
