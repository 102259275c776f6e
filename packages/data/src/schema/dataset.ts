import { z } from "zod";
import { ContactSchema } from "./contact.js";
import { FaqSchema } from "./faq.js";
import { CautionSchema, PlatformSchema } from "./platform.js";
import { MAX_TOKEN_LENGTH } from "./primitives.js";
import { RemedySchema } from "./remedy.js";
import { TriageContentSchema } from "./triage.js";

/** The whole dataset, as published in dataset.json and served by the API. */
export const DatasetSchema = z
  .strictObject({
    /** The data version: the version of @netstalker/data that built it. */
    version: z
      .string()
      .max(MAX_TOKEN_LENGTH)
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, "version is a semantic version"),
    /** When the dataset was built (ISO 8601, UTC). */
    generatedAt: z.iso.datetime().max(40),
    /** Consultation windows. */
    contacts: z.array(ContactSchema),
    /** Legal measures, coping and prevention. */
    remedies: z.array(RemedySchema),
    /** Questions and answers. */
    faqs: z.array(FaqSchema),
    /** Platforms and their own removal-request routes. */
    platforms: z.array(PlatformSchema),
    /** Cautions several records share (named by platforms). */
    cautions: z.array(CautionSchema),
    /** Triage rules and the lexicon that reads a person's own words. */
    triage: TriageContentSchema,
  })
  .meta({ id: "Dataset", title: "Dataset", description: "The whole netstalker-help dataset." });
export type Dataset = z.infer<typeof DatasetSchema>;
