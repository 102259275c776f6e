// The triage vocabulary (needs, relationships, strengths), the triage content (rules, lexicon, scenarios) and the
// triage answer and result shapes. Declared once here: the API, OpenAPI, widget and docs import them.
import { z } from "zod";
import {
  countCharacters,
  MAX_TRIAGE_TEXT,
  RELATIONSHIPS,
  TRIAGE_ASKS,
  TRIAGE_NEEDS,
  TRIAGE_STRENGTHS,
} from "../query/triage-vocabulary.js";
import { ContactLocalizedSchema, ContactSchema } from "./contact.js";
import { CautionLocalizedSchema, CautionSchema, PlatformLocalizedSchema, PlatformSchema } from "./platform.js";
import {
  BILINGUAL,
  HttpsUrlSchema,
  IdSchema,
  LangSchema,
  LocalizedTextSchema,
  SINGLE_LANGUAGE,
  SourceSchema,
  type TextVariant,
} from "./primitives.js";
import { RemedyLocalizedSchema, RemedySchema } from "./remedy.js";
import { AudienceSchema } from "./taxonomy.js";

export type { Relationship, TriageAsk, TriageNeed, TriageStrength } from "../query/triage-vocabulary.js";
export { countCharacters, MAX_TRIAGE_TEXT, RELATIONSHIPS, TRIAGE_ASKS, TRIAGE_NEEDS, TRIAGE_STRENGTHS };

/** What the person wants to happen, or what is happening to them. */
export const TriageNeedSchema = z.enum(TRIAGE_NEEDS).meta({
  id: "TriageNeed",
  description:
    "talk: someone to talk to; identify-poster; remove-posts; stop-contact; compensation; punish; threats: threatened with harm or death; intimate-images: sexual images or videos shared or threatened, sextortion, 盗撮; tracking: location tracked, GPS/AirTag, stalkerware, accounts accessed; personal-info: address, phone, school or workplace, photos exposed; impersonation: someone pretending to be them.",
});

/** Who the person doing it is to them. */
export const RelationshipSchema = z.enum(RELATIONSHIPS).meta({
  id: "Relationship",
  description: "Who the person doing it is: partner, ex-partner, acquaintance, stranger or unknown.",
});

/** How strongly a rule suggests a record. Named levels; the ranking logic gives them their weights. */
export const TriageStrengthSchema = z.enum(TRIAGE_STRENGTHS).meta({
  id: "TriageStrength",
  description:
    "emergency: above everything: danger now or a threat to kill or harm (110), thoughts of dying (a line that listens); caution: must be read before anything else of its kind (stalkerware); foundation: what every next step builds on (evidence); first: what does what was asked; strong: who helps with it; some: also useful; listed: shown, low.",
});

const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((list) => new Set(list).size === list.length, "list each value once");

/** What the interpreter asks the person to confirm. */
export const TriageAskSchema = z.enum(TRIAGE_ASKS).meta({
  id: "TriageAsk",
  description:
    "A reading the interpreter is unsure of and asks the person to confirm: danger (in danger now), crisis (thoughts of dying or self-harm), children (a child is involved), tracking (a tracker or spyware).",
});

/** When a rule applies: every condition given must hold; each list means "any of these". */
export const TriageConditionSchema = z
  .strictObject({
    /** The person is (true) or is not (false) in danger now. */
    danger: z.boolean().optional(),
    /** The person has (true) or has not (false) said they think of dying or of harming themselves. */
    crisis: z.boolean().optional(),
    /** Any of these needs (no need answered counts as talk). */
    needs: uniqueList(TriageNeedSchema).min(1).optional(),
    /** Any of these audiences. */
    audiences: uniqueList(AudienceSchema).min(1).optional(),
    /** Any of these relationships. */
    relationship: uniqueList(RelationshipSchema).min(1).optional(),
    /** Any of these readings is possible but unsure: asked about, and not yet answered. */
    asked: uniqueList(TriageAskSchema).min(1).optional(),
  })
  .meta({ id: "TriageCondition", description: "When a triage rule applies; an empty condition always applies." });
export type TriageCondition = z.infer<typeof TriageConditionSchema>;

/** One record a rule suggests, how strongly, and why. */
export const TriageSuggestionSchema = z
  .strictObject({
    /** The contact or remedy id. */
    id: IdSchema,
    /** How strongly (a named level). */
    strength: TriageStrengthSchema,
    /** Why it is suggested, shown to the person. */
    reason: LocalizedTextSchema,
  })
  .meta({ id: "TriageSuggestion", description: "A record a triage rule suggests, how strongly, and why." });
export type TriageSuggestion = z.infer<typeof TriageSuggestionSchema>;

/** A record a rule withholds: never shown while the rule applies, whichever rule would suggest it. */
export const TriageWithholdSchema = z
  .strictObject({
    /** The contact, remedy or platform id. */
    id: IdSchema,
    /** Why it is not shown, as its source says: shown where the rules are explained. */
    reason: LocalizedTextSchema,
    /** The page the reason comes from: one of the rule's sources. */
    source: HttpsUrlSchema,
  })
  .meta({
    id: "TriageWithhold",
    description:
      "A record a triage rule withholds (never shown while the rule applies), why, and the page that says so.",
  });
export type TriageWithhold = z.infer<typeof TriageWithholdSchema>;

/** A triage rule: when it applies, the contacts and remedies it calls for, and the guidance it follows. */
export const TriageRuleSchema = z
  .strictObject({
    /** Stable kebab-case id. */
    id: IdSchema,
    /** What the rule is for, for reviewers and the docs. */
    title: LocalizedTextSchema,
    /** When it applies. */
    when: TriageConditionSchema,
    /** Contacts it suggests, strongest first. */
    contacts: z.array(TriageSuggestionSchema),
    /** Remedies it suggests, strongest first. */
    remedies: z.array(TriageSuggestionSchema),
    /** Platforms whose own removal routes it suggests (content/platforms), strongest first. */
    platforms: z.array(TriageSuggestionSchema).optional(),
    /** Ids of the cautions (content/cautions) a person must read with what the rule suggests. */
    cautions: uniqueList(IdSchema).optional(),
    /** Records it withholds: not shown at all while it applies, even when another rule suggests them. */
    withhold: z.array(TriageWithholdSchema).min(1).optional(),
    /** The official guidance the rule follows. */
    sources: z.array(SourceSchema).min(1),
  })
  .meta({
    id: "TriageRule",
    description:
      "When a rule applies, which contacts, remedies and platforms (with cautions) it calls for, and which it withholds.",
  });
export type TriageRule = z.infer<typeof TriageRuleSchema>;

/** What a lexicon entry's words tell about the person's situation. */
export const TriageSignalSchema = z
  .strictObject({
    /** The words mean danger now. */
    danger: z.literal(true).optional(),
    /** The words speak of thoughts of dying or of self-harm. */
    crisis: z.literal(true).optional(),
    /**
     * Readings the words make possible but do not say (a threat to kill says nothing of now): asked about, and
     * routed as if read until the person answers no.
     */
    ask: uniqueList(TriageAskSchema).optional(),
    /** Needs the words point to. */
    needs: uniqueList(TriageNeedSchema).optional(),
    /** Audiences the words point to. */
    audiences: uniqueList(AudienceSchema).optional(),
    /** The relationship the words name. */
    relationship: RelationshipSchema.optional(),
  })
  .meta({ id: "TriageSignal", description: "What a lexicon entry's words say about the situation." });
export type TriageSignal = z.infer<typeof TriageSignalSchema>;

const LexiconWordSchema = z.string().trim().min(1).max(40);

/** Words people use for one idea, in both languages, with what they mean for triage and search. */
export const LexiconEntrySchema = z
  .strictObject({
    /** Stable kebab-case id. */
    id: IdSchema,
    /** Japanese words and phrases, with their kana, kanji and colloquial variants. */
    ja: z.array(LexiconWordSchema).min(1),
    /** English words and phrases. */
    en: z.array(LexiconWordSchema).min(1),
    /** What the words tell triage; omitted for words that only help search. */
    signal: TriageSignalSchema.optional(),
    /** Words the records themselves use for this idea: a search for any of the words also looks for these. */
    search: z.strictObject({ ja: z.array(LexiconWordSchema), en: z.array(LexiconWordSchema) }).optional(),
  })
  .meta({
    id: "LexiconEntry",
    description: "Words for one idea, what they mean for triage, and how search expands them.",
  });
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/** The triage content carried in the dataset: the rules and the lexicon the interpreter and search use. */
export const TriageContentSchema = z
  .strictObject({
    /** Rules, in the order ties are broken (earlier first). */
    rules: z.array(TriageRuleSchema).min(1),
    /** Words people use, and what they mean. */
    lexicon: z.array(LexiconEntrySchema),
  })
  .meta({ id: "TriageContent", description: "Triage rules and the lexicon, as reviewed content." });
export type TriageContent = z.infer<typeof TriageContentSchema>;

/**
 * A person's own words: at most MAX_TRIAGE_TEXT characters counted as code points (an emoji is one), as JSON Schema's
 * maxLength counts them; zod's own max would count UTF-16 units and refuse 600 emoji.
 */
export const TriageTextSchema = z
  .string()
  .refine((text) => countCharacters(text) <= MAX_TRIAGE_TEXT, `text must be at most ${MAX_TRIAGE_TEXT} characters`)
  .meta({ maxLength: MAX_TRIAGE_TEXT });

/** A person's answers, as a triage takes them; all optional. */
export const TriageAnswersSchema = z
  .strictObject({
    /** Is the person in danger now (a stalker nearby, a credible threat)? */
    danger: z
      .boolean()
      .optional()
      .meta({ description: "Is the person in danger now (a stalker nearby, a credible threat)?" }),
    /** Are they thinking of dying or of harming themselves ("can't go on")? */
    crisis: z
      .boolean()
      .optional()
      .meta({ description: 'Are they thinking of dying or of harming themselves ("can\'t go on")?' }),
    /** What they want, or what is happening. None (and no text) is read as talk. */
    needs: uniqueList(TriageNeedSchema)
      .optional()
      .meta({ description: "What they want, or what is happening to them." }),
    /** Who they are, where it matters for the right window. */
    audiences: uniqueList(AudienceSchema).optional().meta({ description: "Who they are, where it matters." }),
    /** Who the person doing it is to them. */
    relationship: RelationshipSchema.optional().meta({ description: "Who the person doing it is to them." }),
    /**
     * Readings a surface asked the person to confirm (a former answer's `interpreted.ask`) that they have not answered
     * yet: routed as the data's triage routes an unsure reading, the same with or without the text.
     */
    asked: uniqueList(TriageAskSchema).optional().meta({
      description:
        "Questions your surface asked the person (a former answer's interpreted.ask) that they have not answered yet, routed as the text's own questions are: danger or crisis as if read while open, except danger beside crisis, where a line that listens stays first and 110 comes right after it. Answer danger or crisis true or false to close one.",
    }),
    /** Their own words, interpreted in-process and never stored or logged. */
    text: TriageTextSchema.optional().meta({
      description: `Their own words (at most ${MAX_TRIAGE_TEXT} characters); interpreted, never stored.`,
    }),
  })
  .meta({ id: "TriageAnswers", description: "A person's answers to the triage questions; all optional." });
export type TriageAnswers = z.infer<typeof TriageAnswersSchema>;

/**
 * A reading of the person's situation, every answer settled: what the interpreter understood from their words (each
 * field: what the words said) and the answers the ranking used (each field: words and answers merged) both hold it.
 */
const situationFields = {
  /** In danger now. */
  danger: z.boolean(),
  /** Thoughts of dying or of self-harm. */
  crisis: z.boolean(),
  /** What they want, or what is happening to them. */
  needs: z.array(TriageNeedSchema),
  /** Who they are, where it matters. */
  audiences: z.array(AudienceSchema),
  /** Who the person doing it is to them, if exactly one is known. */
  relationship: RelationshipSchema.optional(),
};

/** What the interpreter understood from the person's words. */
export const TriageInterpretationSchema = z
  .strictObject({
    ...situationFields,
    /** Ids of the lexicon entries that matched, so a person can see (and correct) what was understood. */
    matched: z.array(IdSchema),
    /** Readings that are possible but unsure and matter too much to drop: offer them to confirm. */
    ask: z.array(TriageAskSchema),
    /**
     * False when nothing of what is happening was understood (no need, no danger now, no thoughts of dying): show the
     * questions, not a guess. A person or an audience named alone ("my boss", 中学生です) is still read into
     * `relationship` and `audiences`, and still routes, but is not something understood.
     */
    understood: z.boolean(),
    /** For each reading, the words of the text that led to it (for chips that say why). */
    evidence: z.array(
      z
        .strictObject({
          /** The reading: danger, crisis, need:<need>, audience:<audience>, relationship:<relationship> or ask:<ask>. */
          reading: z.string().max(64),
          /** The words (as written in the normalized text) that led to it, strongest first. */
          words: z.array(z.string().max(64)).max(8),
        })
        .meta({ id: "TriageEvidence", description: "The words of the text that led to one reading." }),
    ),
  })
  .meta({ id: "TriageInterpretation", description: "What was understood from the person's own words." });
export type TriageInterpretation = z.infer<typeof TriageInterpretationSchema>;

/** Builds the result schemas for one shape of text. */
function buildTriageResultSchemas<
  T extends z.ZodType<unknown>,
  C extends z.ZodType<unknown>,
  R extends z.ZodType<unknown>,
  P extends z.ZodType<unknown>,
  K extends z.ZodType<unknown>,
>(v: TextVariant<T>, contact: C, remedy: R, platform: P, caution: K) {
  const score = z
    .number()
    .meta({ description: "How well it fits; higher is better. Only meaningful within one answer." });
  /** One suggested record, ranked, with why; the three kinds differ only in the record they carry. */
  const ranked = <S extends z.ZodType<unknown>>(record: S, name: string, description: string) =>
    z
      .strictObject({
        /** The record's id. */
        id: IdSchema,
        /** How well it fits. */
        score,
        /** The strongest level any applying rule gave it. */
        strength: TriageStrengthSchema,
        /** Why it is suggested (for a platform: why its own removal route is). */
        reason: v.text,
        /** The record itself (a platform comes with its routes). */
        record,
      })
      .meta({ id: v.id(name), description });
  const RankedContactSchema = ranked(contact, "RankedContact", "A contact suggested by triage, with why.");
  const RankedRemedySchema = ranked(remedy, "RankedRemedy", "A remedy suggested by triage, with why.");
  const RankedPlatformSchema = ranked(
    platform,
    "RankedPlatform",
    "A platform's own removal route suggested by triage, with why.",
  );
  const TriageResultSchema = z
    .strictObject({
      /** Contacts, best first. */
      contacts: z.array(RankedContactSchema),
      /** Remedies, best first. */
      remedies: z.array(RankedRemedySchema),
      /** Platforms whose own removal routes fit, best first (empty when no rule names any). */
      platforms: z.array(RankedPlatformSchema),
      /** Cautions to read with the suggestions: those the applying rules and the suggested platforms name. */
      cautions: z.array(caution),
      /** The answers the ranking used: explicit answers merged with what the text said. */
      answers: z
        .strictObject({
          ...situationFields,
          /** Readings asked about and not yet answered (danger or crisis here may be routed as unsure). */
          asked: z.array(TriageAskSchema),
        })
        .meta({ id: "TriageEffectiveAnswers", description: "The answers the ranking used." }),
      /** What was understood from the text, when text was given. */
      interpreted: TriageInterpretationSchema.optional(),
      /** Ids of the rules that applied. */
      rules: z.array(IdSchema),
    })
    .meta({
      id: v.id("Triage"),
      description: "Contacts, remedies and platforms ranked for the answers, best first, with the cautions they name.",
    });
  return { RankedContactSchema, RankedRemedySchema, RankedPlatformSchema, TriageResultSchema };
}

const bilingual = buildTriageResultSchemas(BILINGUAL, ContactSchema, RemedySchema, PlatformSchema, CautionSchema);
/** A triage result with bilingual reasons and records. */
export const TriageResultSchema = bilingual.TriageResultSchema;

const localized = buildTriageResultSchemas(
  SINGLE_LANGUAGE,
  ContactLocalizedSchema,
  RemedyLocalizedSchema,
  PlatformLocalizedSchema,
  CautionLocalizedSchema,
);
/** A triage result localized to one language, as the API serves it. */
export const TriageResultLocalizedSchema = localized.TriageResultSchema;
export type TriageResultLocalized = z.infer<typeof TriageResultLocalizedSchema>;

/** What a scenario expects at one position: a record, optionally within the first `within` places. */
const ExpectedSchema = z.strictObject({
  /** The record's id. */
  id: IdSchema,
  /** It must be among the first this many (omitted: anywhere). */
  within: z.number().int().min(1).optional(),
});

/** One situation the triage must route correctly: the promise a reviewer reads. */
export const TriageScenarioSchema = z
  .strictObject({
    /** Stable kebab-case id. */
    id: IdSchema,
    /** The situation, in words. */
    title: LocalizedTextSchema,
    /** The language the free text is written in (and the result is read in). */
    lang: LangSchema,
    /** The answers, structured and/or as free text. */
    answers: TriageAnswersSchema,
    /** The contact that must come first. */
    firstContact: IdSchema,
    /** The remedy that must come first, if any is promised. */
    firstRemedy: IdSchema.optional(),
    /** Contacts that must appear (within a place, when given). */
    contacts: z.array(ExpectedSchema).default([]),
    /** Remedies that must appear (within a place, when given). */
    remedies: z.array(ExpectedSchema).default([]),
    /** Platforms whose removal routes must appear (within a place, when given). */
    platforms: z.array(ExpectedSchema).default([]),
    /** Cautions that must be shown with the result. */
    cautions: z.array(IdSchema).default([]),
    /** Records (contacts, remedies or platforms) that must not appear at all. */
    mustNot: z.array(IdSchema).default([]),
    /** When text is given: what the interpreter must understand (a subset check). */
    understood: TriageSignalSchema.optional(),
  })
  .meta({ id: "TriageScenario", description: "A situation with the routing the triage promises for it." });
export type TriageScenario = z.infer<typeof TriageScenarioSchema>;
