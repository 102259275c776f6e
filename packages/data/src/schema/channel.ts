import { z } from "zod";
import {
  BILINGUAL,
  CostSchema,
  HttpsUrlSchema,
  MAX_TOKEN_LENGTH,
  SINGLE_LANGUAGE,
  type TextVariant,
} from "./primitives.js";
import { ScheduleLocalizedSchema, ScheduleSchema } from "./schedule.js";

/** Kinds of telephone line that some numbers cannot be dialled from. */
export const PhoneLineSchema = z
  .enum(["ip-phone", "rotary-dial", "prepaid-mobile", "pbx", "overseas", "public-phone"])
  .meta({ id: "PhoneLine", description: "A kind of line a caller may be on." });
export type PhoneLine = z.infer<typeof PhoneLineSchema>;

/** What kind of number a phone number is, which decides who pays and who can dial it. */
export const NumberKindSchema = z.enum(["toll-free", "navi-dial", "landline", "ip", "mobile"]).meta({
  id: "NumberKind",
  description:
    "toll-free: 0120/0800, free to call; navi-dial: 0570, caller pays, not covered by flat-rate plans, often unreachable from IP phones; landline: geographic number; ip: 050; mobile: 070/080/090.",
});
export type NumberKind = z.infer<typeof NumberKindSchema>;

/**
 * Traces that using a channel can leave where a watcher could see them. The general wording of each lives once in
 * TRACE_LABELS (@netstalker/data display helpers); anything specific to a channel goes in its sourced `notes`.
 */
export const TraceSchema = z
  .enum([
    "call-history",
    "navi-dial-charge",
    "reply-by-email",
    "reply-by-phone",
    "line-friend",
    "browser-history",
    "app-installed",
  ])
  .meta({
    id: "Trace",
    description:
      "call-history: the call shows in the phone's call log; navi-dial-charge: a 0570 call is charged and flat-rate plans do not cover it; reply-by-email: the answer arrives in your e-mail inbox; reply-by-phone: staff may call you back; line-friend: the account appears in your LINE friends and talk list; browser-history: the page stays in the browser's history; app-installed: the app you need shows on the phone's home screen and in its app list.",
  });
export type Trace = z.infer<typeof TraceSchema>;

/** BCP 47 language tags (ja, en, zh, mul for many). */
export const LanguageTagSchema = z
  .string()
  .max(35)
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "languages are BCP 47 tags such as ja or en");

/** Builds the channel schemas for one shape of text (and the schedule schema of the same shape). */
function buildChannelSchemas<T extends z.ZodType<unknown>, S extends z.ZodType<unknown>>(
  v: TextVariant<T>,
  ScheduleSchema: S,
) {
  const channelBase = {
    /** A short label for this channel when a contact has several (e.g. "IP電話から" / "From IP phones"). */
    label: v.text.optional(),
    /** Hours of this channel; when absent the contact's schedule applies. */
    schedule: ScheduleSchema.optional(),
    /** Cost of this channel when it differs from the contact's cost. */
    cost: CostSchema.optional(),
    /** What a person needs to know at the moment of using this channel. */
    notes: v.text.optional(),
    /** Languages this channel answers in, when they differ from the contact's (the contact lists them all). */
    languages: z.array(LanguageTagSchema).min(1).optional(),
    /** Traces using this channel can leave on the person's phone, accounts or bills (worded by TRACE_LABELS). */
    traces: z.array(TraceSchema).optional(),
  };

  /** A ten- or eleven-digit Japanese number written as published, with hyphens. */
  const DomesticNumberSchema = z
    .string()
    .max(20)
    .regex(
      /^0\d{1,4}-\d{1,6}(?:-\d{1,4})?$/,
      "phone numbers are written as published: 0 then digit groups joined by hyphens",
    )
    .refine((n) => {
      const digits = n.replace(/-/g, "").length;
      return digits === 10 || digits === 11;
    }, "a Japanese phone number has 10 or 11 digits")
    .meta({ description: "The number as published and dialled in Japan, e.g. 0570-003-110." });

  /** A telephone number. */
  const PhoneChannelSchema = z
    .strictObject({
      /** A telephone number. */
      type: z.literal("phone"),
      /** The number as published and dialled within Japan, with hyphens (e.g. 0570-003-110). */
      number: DomesticNumberSchema,
      /** The same number in E.164 form (+81...), where one exists. */
      e164: z
        .string()
        .max(16)
        .regex(/^\+81[1-9]\d{8,9}$/, "E.164 numbers are +81 followed by the number without its leading 0")
        .optional(),
      /** What kind of number this is. */
      kind: NumberKindSchema,
      /** Lines this number cannot be dialled from (e.g. navi-dial from IP phones). */
      unreachableFrom: z.array(PhoneLineSchema),
      /** When this number is the alternative for callers on lines the main number does not reach. */
      alternativeFor: z.array(PhoneLineSchema).optional(),
      ...channelBase,
    })
    .meta({ id: v.id("PhoneChannel"), description: "A telephone number." });

  /** A short code such as 110, 188 or #9110, which has no E.164 form. */
  const ShortcodeChannelSchema = z
    .strictObject({
      /** A short dialling code. */
      type: z.literal("shortcode"),
      /** The code as dialled: three digits (110) or # and four digits (#9110). */
      code: z
        .string()
        .max(5)
        .regex(/^(?:1\d{2}|#\d{4})$/, "short codes are three digits (110) or # and four digits (#9110)"),
      /** Lines this code cannot be dialled from. */
      unreachableFrom: z.array(PhoneLineSchema),
      ...channelBase,
    })
    .meta({ id: v.id("ShortcodeChannel"), description: "A short dialling code such as 110 or #9110." });

  /** A channel that is a link: a page, a form, a chat or email consultation, told apart by `type`. */
  const linkChannel = <T extends string>(type: T, id: string, description: string) =>
    z
      .strictObject({
        /** What the link leads to. */
        type: z.literal(type),
        /** Its https address. */
        url: HttpsUrlSchema,
        ...channelBase,
      })
      .meta({ id: v.id(id), description });

  /** A web page with information or a way to book. */
  const WebChannelSchema = linkChannel("web", "WebChannel", "A web page.");
  /** A web form for consultations or reports. */
  const FormChannelSchema = linkChannel("form", "FormChannel", "A web form for consultations or reports.");
  /** A text chat. */
  const ChatChannelSchema = linkChannel("chat", "ChatChannel", "A text chat.");
  /** Email consultation, usually a form that replies by email. */
  const EmailChannelSchema = linkChannel(
    "email",
    "EmailChannel",
    "Email consultation, usually through a form that replies by email.",
  );

  /** A LINE account. */
  const LineChannelSchema = z
    .strictObject({
      /** A LINE account. */
      type: z.literal("line"),
      /** The account's LINE ID, with its leading @. */
      lineId: z
        .string()
        .max(MAX_TOKEN_LENGTH)
        .regex(/^@[A-Za-z0-9._-]+$/, "LINE IDs start with @"),
      /** An official page about the account. */
      url: HttpsUrlSchema.optional(),
      ...channelBase,
    })
    .meta({ id: v.id("LineChannel"), description: "A LINE account." });

  /**
   * A way in that works only through something installed and (usually) registered for beforehand: told apart by
   * `type` so a "can't talk" view can offer it and say that it has to be set up first.
   */
  const setUpFirstChannel = <T extends string>(type: T, id: string, description: string) =>
    z
      .strictObject({
        /** What has to be set up. */
        type: z.literal(type),
        /** An official page on how to install it and register. */
        url: HttpsUrlSchema,
        /** Whether a person must register before the first use (so it cannot be started in the moment of need). */
        needsRegistration: z.boolean(),
        ...channelBase,
      })
      .meta({ id: v.id(id), description });

  /** An app for reaching a window by text, chat or pictures instead of a voice call (e.g. 110番アプリ). */
  const AppChannelSchema = setUpFirstChannel(
    "app",
    "AppChannel",
    "An app for reaching a window by text, chat or pictures instead of a voice call, installed beforehand.",
  );
  /** The public telephone relay service (電話リレーサービス): interpreters relay a call in sign language or text. */
  const RelayChannelSchema = setUpFirstChannel(
    "relay",
    "RelayChannel",
    "The public telephone relay service: sign-language or text interpreters relay the call, including to 110.",
  );

  /** A place to go in person. */
  const InPersonChannelSchema = z
    .strictObject({
      /** In-person consultation. */
      type: z.literal("in-person"),
      /** Where to go, in words (e.g. "the nearest police station"). */
      where: v.text,
      /** A page that lists the offices. */
      url: HttpsUrlSchema.optional(),
      ...channelBase,
    })
    .meta({ id: v.id("InPersonChannel"), description: "A place to go in person." });

  /** One way to reach a window. */
  const ChannelSchema = z
    .discriminatedUnion("type", [
      PhoneChannelSchema,
      ShortcodeChannelSchema,
      WebChannelSchema,
      FormChannelSchema,
      ChatChannelSchema,
      LineChannelSchema,
      EmailChannelSchema,
      AppChannelSchema,
      RelayChannelSchema,
      InPersonChannelSchema,
    ])
    .meta({ id: v.id("Channel"), description: "One way to reach a window." });
  // The other channel schemas are reached through ChannelSchema; only these two are exported on their own.
  return { PhoneChannelSchema, ShortcodeChannelSchema, ChannelSchema };
}

const bilingual = buildChannelSchemas(BILINGUAL, ScheduleSchema);
/** A telephone number. */
export const PhoneChannelSchema = bilingual.PhoneChannelSchema;
/** A short code such as 110 or #9110. */
export const ShortcodeChannelSchema = bilingual.ShortcodeChannelSchema;
/** One way to reach a window. */
export const ChannelSchema = bilingual.ChannelSchema;
export type Channel = z.infer<typeof ChannelSchema>;
export type PhoneChannel = z.infer<typeof PhoneChannelSchema>;
export type ShortcodeChannel = z.infer<typeof ShortcodeChannelSchema>;
export type ChannelType = Channel["type"];

/** A channel with its texts in one language, as the API serves it. */
export const ChannelLocalizedSchema = buildChannelSchemas(SINGLE_LANGUAGE, ScheduleLocalizedSchema).ChannelSchema;
export type ChannelLocalized = z.infer<typeof ChannelLocalizedSchema>;
