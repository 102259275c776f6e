import { z } from "zod";
import { AUDIENCES, CATEGORIES, REMEDY_KINDS, SERVICES, URGENCIES } from "../query/vocabulary.js";

/** What kind of body a window is, or what it is about. */
export const CategorySchema = z
  .enum(CATEGORIES)
  .meta({ id: "Category", description: "What kind of body a window is, or what it deals with." });
export type Category = z.infer<typeof CategorySchema>;

/** Who a window is for. */
export const AudienceSchema = z.enum(AUDIENCES).meta({ id: "Audience", description: "Who a window is for." });
export type Audience = z.infer<typeof AudienceSchema>;

/** What a window does for the person who reaches it. */
export const ServiceSchema = z
  .enum(SERVICES)
  .meta({ id: "Service", description: "What a window does for the person who reaches it." });
export type Service = z.infer<typeof ServiceSchema>;

/** How soon a window should be used. */
export const UrgencySchema = z.enum(URGENCIES).meta({
  id: "Urgency",
  description: "emergency: danger now (call 110); urgent: soon, e.g. threats or fear; anytime: advice and procedures.",
});
export type Urgency = z.infer<typeof UrgencySchema>;

/** The three kinds of remedy in the seed article. */
export const RemedyKindSchema = z.enum(REMEDY_KINDS).meta({
  id: "RemedyKind",
  description: "legal-action: 法的措置; coping: 対処法 (what to do now); prevention: 予防策.",
});
export type RemedyKind = z.infer<typeof RemedyKindSchema>;

export { AUDIENCES, CATEGORIES, REMEDY_KINDS, SERVICES, URGENCIES };
