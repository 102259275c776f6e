import { z } from "zod";
import { ChannelSchema } from "./channel.js";
import {
  ConfidenceSchema,
  CostSchema,
  HttpsUrlSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  SourceSchema,
} from "./primitives.js";
import { ScheduleSchema } from "./schedule.js";
import { AudienceSchema, CategorySchema, ServiceSchema, UrgencySchema } from "./taxonomy.js";

/** The body that runs a window. */
export const OrganizationSchema = z
  .strictObject({
    /** The body's name. */
    name: LocalizedTextSchema,
    /** The body's official site. */
    url: HttpsUrlSchema,
  })
  .meta({ id: "Organization", description: "The body that runs a window." });

/** Where in Japan a window serves. */
export const CoverageSchema = z
  .strictObject({
    /** national: the whole of Japan; regional: one prefecture or area only. */
    scope: z.enum(["national", "regional"]),
    /** The area served, for regional windows (e.g. 東京都 / Tokyo). */
    area: LocalizedTextSchema.optional(),
  })
  .meta({ id: "Coverage", description: "Where in Japan a window serves." });

/** A consultation window (相談窓口): a body a person can call, write to or visit. */
export const ContactSchema = z
  .strictObject({
    /** Stable kebab-case id, used in URLs. */
    id: IdSchema,
    /** The window's name. */
    name: LocalizedTextSchema,
    /** Who runs it. */
    organization: OrganizationSchema,
    /** One sentence: what this window helps with. */
    summary: LocalizedTextSchema,
    /** A short paragraph: what happens when you contact it, and what it cannot do. */
    description: LocalizedTextSchema,
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
    costNote: LocalizedTextSchema.optional(),
    /** Languages consultations can be held in, as BCP 47 tags (ja, en, zh, ...). */
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "languages are BCP 47 tags such as ja or en"))
      .min(1),
    /** Ids of remedies this window helps with. */
    remedies: z.array(IdSchema),
    /** How sure we are of these facts. */
    confidence: ConfidenceSchema,
    /** Shown to the reader whenever confidence is below high: what to confirm, and where. */
    caveat: LocalizedTextSchema.optional(),
    /** Official pages the facts were checked against. */
    sources: z.array(SourceSchema).min(1),
    /** The date the facts were last checked against the sources. */
    verifiedAt: IsoDateSchema,
  })
  .meta({ id: "Contact", title: "Contact", description: "A consultation window (相談窓口)." });
export type Contact = z.infer<typeof ContactSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Coverage = z.infer<typeof CoverageSchema>;
