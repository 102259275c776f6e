import { z } from "zod";
import { BILINGUAL, HttpsUrlSchema, IdSchema, SINGLE_LANGUAGE, type TextVariant } from "./primitives.js";
import { SOURCED_FIELDS } from "./record-fields.js";
import { RemedyKindSchema } from "./taxonomy.js";

/** Builds these schemas for one shape of text. */
function buildRemedySchemas<T extends z.ZodType<unknown>>(v: TextVariant<T>) {
  /** A law (and article) a remedy rests on. */
  const LegalBasisSchema = z
    .strictObject({
      /** The law's name (e.g. ストーカー規制法 / Anti-Stalking Act). */
      law: v.text,
      /** The article(s), e.g. 第709条 / Article 709. */
      article: v.text.optional(),
      /** An official page with the text or an official explanation. */
      url: HttpsUrlSchema,
    })
    .meta({ id: v.id("LegalBasis"), description: "A law (and article) a remedy rests on." });

  /** Something a person can do: a legal measure, a way of coping now, or a precaution. */
  const RemedySchema = z
    .strictObject({
      /** Stable kebab-case id, used in URLs. */
      id: IdSchema,
      /** legal-action, coping or prevention. */
      kind: RemedyKindSchema,
      /** The remedy's name. */
      title: v.text,
      /** One or two sentences: what it achieves. */
      summary: v.text,
      /** Steps, in order. */
      steps: z.array(v.text).min(1),
      /** Laws it rests on (empty for coping and prevention that need none). */
      legalBasis: z.array(LegalBasisSchema),
      /** Time limits that apply, if any. */
      timeLimit: v.text.optional(),
      /** Ids of contacts that help with it. */
      contacts: z.array(IdSchema),
      /** Ids of remedies that usually come next (e.g. disclosure, then a damages claim). */
      next: z.array(IdSchema),
      /** Shown to the reader: what is uncertain or depends on the case. */
      caveat: v.text.optional(),
      ...SOURCED_FIELDS,
    })
    .meta({
      id: v.id("Remedy"),
      title: v.id("Remedy"),
      description: "A legal measure, a way of coping, or a precaution.",
    });
  return { LegalBasisSchema, RemedySchema };
}

const bilingual = buildRemedySchemas(BILINGUAL);
/** A law (and article) a remedy rests on. */
export const LegalBasisSchema = bilingual.LegalBasisSchema;
/** Something a person can do: a legal measure, a way of coping now, or a precaution. */
export const RemedySchema = bilingual.RemedySchema;
export type LegalBasis = z.infer<typeof LegalBasisSchema>;
export type Remedy = z.infer<typeof RemedySchema>;

/** A remedy with its texts in one language, as the API serves it. */
export const RemedyLocalizedSchema = buildRemedySchemas(SINGLE_LANGUAGE).RemedySchema;
export type RemedyLocalized = z.infer<typeof RemedyLocalizedSchema>;
