import { z } from "zod";
import { DEFAULT_LANG, LANGS } from "../display/langs.js";

// Every string has a length limit (in UTF-16 units, as JSON Schema's maxLength is checked by the widget): outside data
// (a data file, an API answer) is checked in browsers, and an unbounded field lets a hostile source make that check,
// or a pattern run over it, hold the page. The limits are a few times the longest value in the content today.

/** Longest text of a record field (the longest today, an FAQ answer, is about 1,200). */
export const MAX_TEXT_LENGTH = 4000;
/** Longest URL. */
export const MAX_URL_LENGTH = 2048;
/** Longest one-line name or title. */
export const MAX_NAME_LENGTH = 300;
/** Longest code or token: versions, language tags, ids named in the change log. */
export const MAX_TOKEN_LENGTH = 64;

/** Text in both of our languages. Both are required and must not be empty. */
export const LocalizedTextSchema = z
  .strictObject({
    /** Japanese text. */
    ja: z.string().trim().min(1, "Japanese text (ja) must not be empty").max(MAX_TEXT_LENGTH),
    /** English text. */
    en: z.string().trim().min(1, "English text (en) must not be empty").max(MAX_TEXT_LENGTH),
  })
  .meta({ id: "LocalizedText", description: "Text in Japanese and English; both required." });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Text already localized to one language: what the API and `localize()` give. */
export const SingleLanguageTextSchema = z
  .string()
  .trim()
  .min(1, "text must not be empty")
  .max(MAX_TEXT_LENGTH)
  .meta({ id: "Text", description: "Text in one language." });

/**
 * The two shapes of the text-bearing schemas: bilingual records (the dataset) and records localized to one
 * language (API responses). Every such schema is built once for each, so the two can never drift apart.
 */
export interface TextVariant<T extends z.ZodType<unknown>> {
  /** The schema of one text field. */
  text: T;
  /** The schema id (JSON Schema `$defs` / OpenAPI component name) for a definition named `name`. */
  id: (name: string) => string;
}
export const BILINGUAL: TextVariant<typeof LocalizedTextSchema> = { text: LocalizedTextSchema, id: (name) => name };
export const SINGLE_LANGUAGE: TextVariant<typeof SingleLanguageTextSchema> = {
  text: SingleLanguageTextSchema,
  id: (name) => `${name}Localized`,
};

/** The languages every text in the dataset is written in. */
export const LangSchema = z.enum(LANGS).meta({ id: "Lang", description: "A dataset language." });
export type Lang = z.infer<typeof LangSchema>;
export { DEFAULT_LANG, LANGS };

/** Stable kebab-case identifier, used in URLs. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case: lower-case letters, digits and single hyphens")
  .max(64)
  .meta({ id: "Id", description: "Stable kebab-case identifier, used in URLs." });

/** An absolute https URL. Plain http is refused: people must not be sent to pages that can be tampered with. */
export const HttpsUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  // Host labels separated by single dots: linear time on any input (the earlier [^/]+\.[^/]+ backtracked
  // quadratically over a long run of dots, for seconds on one crafted URL).
  .regex(/^https:\/\/[^\s/?#.]+(?:\.[^\s/?#.]+)+\.?(?:[/?#]\S*)?$/, "URLs must be absolute https:// addresses")
  .meta({ id: "HttpsUrl", description: "An absolute https URL.", format: "uri" });

/** A calendar date (YYYY-MM-DD). */
export const IsoDateSchema = z
  .string()
  .max(10)
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, "dates are written YYYY-MM-DD")
  .meta({ id: "IsoDate", description: "A calendar date, YYYY-MM-DD.", format: "date" });

/** An official page that a fact was checked against. */
export const SourceSchema = z
  .strictObject({
    /** The page's https address. */
    url: HttpsUrlSchema,
    /** The page's title as its publisher gives it (usually Japanese). */
    title: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  })
  .meta({ id: "Source", description: "An official page that a fact was checked against." });
export type Source = z.infer<typeof SourceSchema>;

/** How sure we are of a record's facts, after the reference's confidence levels. */
export const ConfidenceSchema = z.enum(["high", "medium", "low"]).meta({
  id: "Confidence",
  description:
    "high: the operator's own page agrees with other sources; medium: old, secondary or slightly conflicting sources; low: only old or conflicting sources. Anything below high carries a caveat.",
});
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** What using a window costs the person who uses it. */
export const CostSchema = z.enum(["free", "call-charges", "low-cost", "paid", "varies"]).meta({
  id: "Cost",
  description:
    "free: no charge at all; call-charges: the help is free but the caller pays for the call; low-cost: a small fee or means-tested; paid: a fee is usual; varies: depends on the office or case.",
});
export type Cost = z.infer<typeof CostSchema>;
