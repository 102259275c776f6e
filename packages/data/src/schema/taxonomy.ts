import { z } from "zod";

/** What kind of body a window is, or what it is about. */
export const CategorySchema = z
  .enum([
    "emergency",
    "police",
    "human-rights",
    "legal-aid",
    "lawyer",
    "victim-support",
    "child",
    "women",
    "dv",
    "sexual-violence",
    "cyber",
    "takedown",
    "reporting",
    "foreign-language",
    "consumer",
    "mental-health",
  ])
  .meta({ id: "Category", description: "What kind of body a window is, or what it deals with." });
export type Category = z.infer<typeof CategorySchema>;
export const CATEGORIES = CategorySchema.options;

/** Who a window is for. */
export const AudienceSchema = z
  .enum([
    "anyone",
    "women",
    "men",
    "children",
    "parents",
    "crime-victims",
    "dv-victims",
    "sexual-violence-victims",
    "low-income",
    "foreign-residents",
    "schools",
  ])
  .meta({ id: "Audience", description: "Who a window is for." });
export type Audience = z.infer<typeof AudienceSchema>;
export const AUDIENCES = AudienceSchema.options;

/** What a window does for the person who reaches it. */
export const ServiceSchema = z
  .enum([
    "listen",
    "advice",
    "police-response",
    "legal-advice",
    "legal-aid-funding",
    "lawyer-referral",
    "takedown",
    "takedown-advice",
    "disclosure-advice",
    "report",
    "referral",
    "interpretation",
    "shelter",
    "accompaniment",
    "medical",
  ])
  .meta({ id: "Service", description: "What a window does for the person who reaches it." });
export type Service = z.infer<typeof ServiceSchema>;
export const SERVICES = ServiceSchema.options;

/** How soon a window should be used. */
export const UrgencySchema = z.enum(["emergency", "urgent", "anytime"]).meta({
  id: "Urgency",
  description: "emergency: danger now (call 110); urgent: soon, e.g. threats or fear; anytime: advice and procedures.",
});
export type Urgency = z.infer<typeof UrgencySchema>;
export const URGENCIES = UrgencySchema.options;

/** The three kinds of remedy in the seed article. */
export const RemedyKindSchema = z.enum(["legal-action", "coping", "prevention"]).meta({
  id: "RemedyKind",
  description: "legal-action: 法的措置; coping: 対処法 (what to do now); prevention: 予防策.",
});
export type RemedyKind = z.infer<typeof RemedyKindSchema>;
export const REMEDY_KINDS = RemedyKindSchema.options;
