import { z } from "zod";
import { BILINGUAL, IdSchema, SINGLE_LANGUAGE, type TextVariant } from "./primitives.js";
import { SOURCED_FIELDS } from "./record-fields.js";

/** Records an FAQ answer points to. */
export const FaqRelatedSchema = z
  .strictObject({
    /** Ids of related contacts. */
    contacts: z.array(IdSchema),
    /** Ids of related remedies. */
    remedies: z.array(IdSchema),
  })
  .meta({ id: "FaqRelated", description: "Records an FAQ answer points to." });

/** Builds these schemas for one shape of text. */
function buildFaqSchemas<T extends z.ZodType<unknown>>(v: TextVariant<T>) {
  /** A question people ask, and its answer. */
  const FaqSchema = z
    .strictObject({
      /** Stable kebab-case id, used in URLs. */
      id: IdSchema,
      /** The question, as a person would ask it. */
      question: v.text,
      /** The answer; paragraphs are separated by a blank line. */
      answer: v.text,
      /** Contacts and remedies the answer points to. */
      related: FaqRelatedSchema,
      ...SOURCED_FIELDS,
    })
    .meta({ id: v.id("Faq"), title: v.id("Faq"), description: "A question people ask, and its answer." });
  return { FaqSchema };
}

const bilingual = buildFaqSchemas(BILINGUAL);
/** A question people ask, and its answer. */
export const FaqSchema = bilingual.FaqSchema;
export type Faq = z.infer<typeof FaqSchema>;

/** An FAQ with its texts in one language, as the API serves it. */
export const FaqLocalizedSchema = buildFaqSchemas(SINGLE_LANGUAGE).FaqSchema;
export type FaqLocalized = z.infer<typeof FaqLocalizedSchema>;
