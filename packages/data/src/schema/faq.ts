import { z } from "zod";
import { IdSchema, IsoDateSchema, LocalizedTextSchema, SourceSchema } from "./primitives.js";

/** Records an FAQ answer points to. */
export const FaqRelatedSchema = z
  .strictObject({
    /** Ids of related contacts. */
    contacts: z.array(IdSchema),
    /** Ids of related remedies. */
    remedies: z.array(IdSchema),
  })
  .meta({ id: "FaqRelated", description: "Records an FAQ answer points to." });

/** A question people ask, and its answer. */
export const FaqSchema = z
  .strictObject({
    /** Stable kebab-case id, used in URLs. */
    id: IdSchema,
    /** The question, as a person would ask it. */
    question: LocalizedTextSchema,
    /** The answer; paragraphs are separated by a blank line. */
    answer: LocalizedTextSchema,
    /** Contacts and remedies the answer points to. */
    related: FaqRelatedSchema,
    /** Official pages the facts were checked against. */
    sources: z.array(SourceSchema).min(1),
    /** The date the facts were last checked against the sources. */
    verifiedAt: IsoDateSchema,
  })
  .meta({ id: "Faq", title: "Faq", description: "A question people ask, and its answer." });
export type Faq = z.infer<typeof FaqSchema>;
