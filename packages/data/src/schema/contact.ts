import { z } from "zod";
import { ChannelLocalizedSchema, ChannelSchema, LanguageTagSchema } from "./channel.js";
import { BILINGUAL, CostSchema, HttpsUrlSchema, IdSchema, SINGLE_LANGUAGE, type TextVariant } from "./primitives.js";
import { assuredFields } from "./record-fields.js";
import { ScheduleLocalizedSchema, ScheduleSchema } from "./schedule.js";
import { AudienceSchema, CategorySchema, ServiceSchema, UrgencySchema } from "./taxonomy.js";

/** Builds these schemas for one shape of text. */
function buildContactSchemas<T extends z.ZodType<unknown>, C extends z.ZodType<unknown>, S extends z.ZodType<unknown>>(
  v: TextVariant<T>,
  ChannelSchema: C,
  ScheduleSchema: S,
) {
  /** The body that runs a window. */
  const OrganizationSchema = z
    .strictObject({
      /** The body's name. */
      name: v.text,
      /** The body's official site. */
      url: HttpsUrlSchema,
    })
    .meta({ id: v.id("Organization"), description: "The body that runs a window." });

  /** Where in Japan a window serves. */
  const CoverageSchema = z
    .strictObject({
      /** national: the whole of Japan; regional: one prefecture or area only. */
      scope: z.enum(["national", "regional"]),
      /** The area served, for regional windows (e.g. 東京都 / Tokyo). */
      area: v.text.optional(),
    })
    .meta({ id: v.id("Coverage"), description: "Where in Japan a window serves." });

  /** A consultation window (相談窓口): a body a person can call, write to or visit. */
  const ContactSchema = z
    .strictObject({
      /** Stable kebab-case id, used in URLs. */
      id: IdSchema,
      /** The window's name. */
      name: v.text,
      /** Who runs it. */
      organization: OrganizationSchema,
      /** One sentence: what this window helps with. */
      summary: v.text,
      /** A short paragraph: what happens when you contact it, and what it cannot do. */
      description: v.text,
      /** What kind of body it is, or what it deals with. */
      categories: z.array(CategorySchema).min(1),
      /** Who it is for. */
      audiences: z.array(AudienceSchema).min(1),
      /** What it does for you. */
      services: z.array(ServiceSchema).min(1),
      /** How soon it should be used. */
      urgency: UrgencySchema,
      /** Where in Japan it serves. */
      coverage: CoverageSchema,
      /** Ways to reach it, the main one first. */
      channels: z.array(ChannelSchema).min(1),
      /** Its main hours (those of the first channel unless a channel says otherwise). */
      schedule: ScheduleSchema,
      /** What using it costs. */
      cost: CostSchema,
      /** Details of the cost (who pays for the call, fees). */
      costNote: v.text.optional(),
      /** Languages consultations can be held in, as BCP 47 tags (ja, en, zh, ...): every channel's languages. */
      languages: z.array(LanguageTagSchema).min(1),
      /** What to have ready before contacting it, as the operator or the police ask (sourced in `sources`). */
      prepare: z.array(v.text).min(1).optional(),
      /** Ids of remedies this window helps with. */
      remedies: z.array(IdSchema),
      ...assuredFields(v),
    })
    .meta({ id: v.id("Contact"), title: v.id("Contact"), description: "A consultation window (相談窓口)." });
  return { OrganizationSchema, CoverageSchema, ContactSchema };
}

const bilingual = buildContactSchemas(BILINGUAL, ChannelSchema, ScheduleSchema);
/** The body that runs a window. */
export const OrganizationSchema = bilingual.OrganizationSchema;
/** Where in Japan a window serves. */
export const CoverageSchema = bilingual.CoverageSchema;
/** A consultation window (相談窓口): a body a person can call, write to or visit. */
export const ContactSchema = bilingual.ContactSchema;
export type Contact = z.infer<typeof ContactSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Coverage = z.infer<typeof CoverageSchema>;

/** A contact with its texts in one language, as the API serves it. */
export const ContactLocalizedSchema = buildContactSchemas(
  SINGLE_LANGUAGE,
  ChannelLocalizedSchema,
  ScheduleLocalizedSchema,
).ContactSchema;
export type ContactLocalized = z.infer<typeof ContactLocalizedSchema>;
