import { z } from "zod";
import {
  BILINGUAL,
  HttpsUrlSchema,
  IdSchema,
  IsoDateSchema,
  MAX_NAME_LENGTH,
  SINGLE_LANGUAGE,
  SourceSchema,
  type TextVariant,
} from "./primitives.js";
import { assuredFields, SOURCED_FIELDS } from "./record-fields.js";

/** Where a route's URL was confirmed: on the platform's or a ministry's own page, or only on a secondary page. */
export const RouteFoundOnSchema = z.enum(["official", "secondary"]).meta({
  id: "RouteFoundOn",
  description:
    "official: the URL was read on the platform's own page (or the ministry's); secondary: only a news or law-firm page gives it, so the record is at most medium confidence and its caveat says to check it.",
});
export type RouteFoundOn = z.infer<typeof RouteFoundOnSchema>;

/** Whether a platform is designated as a large platform under the 情報流通プラットフォーム対処法. */
export const DesignationStatusSchema = z.enum(["designated", "not-designated"]).meta({
  id: "DesignationStatus",
  description:
    "designated: named by the Minister of Internal Affairs and Communications under the law; not-designated.",
});
export type DesignationStatus = z.infer<typeof DesignationStatusSchema>;

/** One service a platform runs, with the names people type when they look for it. */
export const PlatformServiceSchema = z
  .strictObject({
    /** The service's name as the operator writes it (e.g. YouTube, Yahoo!知恵袋). */
    name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    /** Other names people type for it (e.g. インスタ, Twitter, 知恵袋), for search. */
    aliases: z.array(z.string().trim().min(1).max(MAX_NAME_LENGTH)),
    /** Whether this service itself is covered by the designation (LINE's private talk is not; LINEオープンチャット is). */
    designated: z.boolean(),
  })
  .meta({ id: "PlatformService", description: "A service a platform runs, with the names people type for it." });
export type PlatformService = z.infer<typeof PlatformServiceSchema>;

/** The legal entity that runs a platform. */
export const PlatformOperatorSchema = z
  .strictObject({
    /** The entity's legal name exactly as the designation names it (e.g. Google LLC, LINEヤフー株式会社). */
    legalName: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  })
  .meta({ id: "PlatformOperator", description: "The legal entity that runs a platform." });

/** Builds these schemas for one shape of text. */
function buildPlatformSchemas<T extends z.ZodType<unknown>>(v: TextVariant<T>) {
  /** Whether and since when a platform is designated, and where that is published. */
  const DesignationSchema = z
    .strictObject({
      /** designated or not-designated. */
      status: DesignationStatusSchema,
      /** The date of the designation (required when designated). */
      since: IsoDateSchema.optional(),
      /** What the designation is, in words (the law and the article). */
      basis: v.text,
      /** The official page that publishes the designation. */
      source: SourceSchema,
    })
    .meta({ id: v.id("Designation"), description: "Whether and since when a platform is designated." });

  /** What every removal route says about itself, whatever kind it is. */
  const routeTextFields = {
    /** The route's name as a reader should recognise it. */
    title: v.text,
    /** What it is for, where to find it and how to use it. */
    description: v.text,
  };

  /** A removal-request route on a web page or form of the platform's own. */
  const WebRouteSchema = z
    .strictObject({
      /** A page or form on the web. */
      type: z.literal("web"),
      ...routeTextFields,
      /** The page or form, on the platform's own site. */
      url: HttpsUrlSchema,
      /** Where the URL was confirmed. */
      foundOn: RouteFoundOnSchema,
    })
    .meta({ id: v.id("WebRoute"), description: "A removal-request page or form of the platform's own." });

  /** A route inside the app or site, with no address of its own (e.g. the report menu on a post). */
  const InAppRouteSchema = z
    .strictObject({
      /** A menu or button inside the service. */
      type: z.literal("in-app"),
      ...routeTextFields,
    })
    .meta({ id: v.id("InAppRoute"), description: "A route inside the service, such as the report menu on a post." });

  /** A way to ask a platform to remove a post. */
  const RemovalRouteSchema = z
    .discriminatedUnion("type", [WebRouteSchema, InAppRouteSchema])
    .meta({ id: v.id("RemovalRoute"), description: "A way to ask a platform to remove a post." });

  /** A platform and its own routes for getting posts removed, for people in Japan. */
  const PlatformSchema = z
    .strictObject({
      /** Stable kebab-case id, used in URLs and by triage rules. */
      id: IdSchema,
      /** The platform as readers know it (e.g. YouTube (Google)). */
      name: v.text,
      /** The legal entity that runs it. */
      operator: PlatformOperatorSchema,
      /** One or two sentences: what a reader can do here. */
      summary: v.text,
      /** The services it runs, with the names people type for them. */
      services: z.array(PlatformServiceSchema).min(1),
      /** Whether it is designated under the 情報流通プラットフォーム対処法. */
      designation: DesignationSchema,
      /** Its own removal-request routes for people in Japan, the one to use first first. */
      routes: z.array(RemovalRouteSchema).min(1),
      /** What the law requires of it, from the law, the ministry's guidelines or its own page. */
      duties: z.array(v.text).min(1),
      /** What a person who files a request can expect. */
      expect: z.array(v.text).min(1),
      /** Ids of the shared cautions (content/cautions) that apply to it. */
      cautions: z.array(IdSchema).min(1),
      /** Cautions that apply to this platform only. */
      notes: z.array(v.text),
      ...assuredFields(v),
    })
    .meta({
      id: v.id("Platform"),
      title: v.id("Platform"),
      description: "A platform and its own routes for getting posts removed (情報流通プラットフォーム対処法).",
    });

  /** A caution several records share, such as who sees what when a removal request is filed. */
  const CautionSchema = z
    .strictObject({
      /** Stable kebab-case id, named by platforms (and triage rules). */
      id: IdSchema,
      /** A short heading. */
      title: v.text,
      /** The caution; paragraphs are separated by a blank line. */
      body: v.text,
      /** Ids of contacts that can act or advise in the way the caution describes. */
      contacts: z.array(IdSchema),
      ...SOURCED_FIELDS,
    })
    .meta({ id: v.id("Caution"), title: v.id("Caution"), description: "A caution several records share." });

  return { DesignationSchema, WebRouteSchema, InAppRouteSchema, RemovalRouteSchema, PlatformSchema, CautionSchema };
}

const bilingual = buildPlatformSchemas(BILINGUAL);
/** Whether and since when a platform is designated, and where that is published. */
export const DesignationSchema = bilingual.DesignationSchema;
/** A way to ask a platform to remove a post: a web page or form, or a menu inside the service. */
export const RemovalRouteSchema = bilingual.RemovalRouteSchema;
/** A platform and its own routes for getting posts removed, for people in Japan. */
export const PlatformSchema = bilingual.PlatformSchema;
/** A caution several records share, such as who sees what when a removal request is filed. */
export const CautionSchema = bilingual.CautionSchema;
export type Designation = z.infer<typeof DesignationSchema>;
export type RemovalRoute = z.infer<typeof RemovalRouteSchema>;
export type Platform = z.infer<typeof PlatformSchema>;
export type Caution = z.infer<typeof CautionSchema>;

const singleLanguage = buildPlatformSchemas(SINGLE_LANGUAGE);
/** A platform with its texts in one language, as the API serves it. */
export const PlatformLocalizedSchema = singleLanguage.PlatformSchema;
/** A caution with its texts in one language, as the API serves it. */
export const CautionLocalizedSchema = singleLanguage.CautionSchema;
export type PlatformLocalized = z.infer<typeof PlatformLocalizedSchema>;
export type CautionLocalized = z.infer<typeof CautionLocalizedSchema>;
