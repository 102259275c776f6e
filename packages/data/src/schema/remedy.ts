import { z } from "zod";
import { HttpsUrlSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, SourceSchema } from "./primitives.js";
import { RemedyKindSchema } from "./taxonomy.js";

/** A law (and article) a remedy rests on. */
export const LegalBasisSchema = z
  .strictObject({
    /** The law's name (e.g. ストーカー規制法 / Anti-Stalking Act). */
    law: LocalizedTextSchema,
    /** The article(s), e.g. 第709条 / Article 709. */
    article: LocalizedTextSchema.optional(),
    /** An official page with the text or an official explanation. */
    url: HttpsUrlSchema,
  })
  .meta({ id: "LegalBasis", description: "A law (and article) a remedy rests on." });
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** Something a person can do: a legal measure, a way of coping now, or a precaution. */
export const RemedySchema = z
  .strictObject({
    /** Stable kebab-case id, used in URLs. */
    id: IdSchema,
    /** legal-action, coping or prevention. */
    kind: RemedyKindSchema,
    /** The remedy's name. */
    title: LocalizedTextSchema,
    /** One or two sentences: what it achieves. */
    summary: LocalizedTextSchema,
    /** Steps, in order. */
    steps: z.array(LocalizedTextSchema).min(1),
    /** Laws it rests on (empty for coping and prevention that need none). */
    legalBasis: z.array(LegalBasisSchema),
    /** Time limits that apply, if any. */
    timeLimit: LocalizedTextSchema.optional(),
    /** Ids of contacts that help with it. */
    contacts: z.array(IdSchema),
    /** Ids of remedies that usually come next (e.g. disclosure, then a damages claim). */
    next: z.array(IdSchema),
    /** Shown to the reader: what is uncertain or depends on the case. */
    caveat: LocalizedTextSchema.optional(),
    /** Official pages the facts were checked against. */
    sources: z.array(SourceSchema).min(1),
    /** The date the facts were last checked against the sources. */
    verifiedAt: IsoDateSchema,
  })
  .meta({ id: "Remedy", title: "Remedy", description: "A legal measure, a way of coping, or a precaution." });
export type Remedy = z.infer<typeof RemedySchema>;
