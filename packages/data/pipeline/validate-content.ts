import type { z } from "zod";
import { ORDERED_RECORD_KINDS } from "../src/query/vocabulary.js";
import type { NumberKind } from "../src/schema/channel.js";
import { type Contact, ContactSchema } from "../src/schema/contact.js";
import { type Faq, FaqSchema } from "../src/schema/faq.js";
import { type Caution, CautionSchema, type Platform, PlatformSchema } from "../src/schema/platform.js";
import { type Remedy, RemedySchema } from "../src/schema/remedy.js";
import { type ContentError, formatPath } from "./content-error.js";
import { type ContentOrder, type RawRecord, RECORD_KINDS, type RecordKind } from "./load-content.js";
import type { RawTriage } from "./load-triage.js";
import { checkCaveat, type Located } from "./record-checks.js";
import { cautionRefs, checkPlatforms, platformDates, platformRefs } from "./validate-platforms.js";
import { type ValidTriage, validateTriage } from "./validate-triage.js";

const SCHEMAS = {
  contacts: ContactSchema,
  remedies: RemedySchema,
  faqs: FaqSchema,
  platforms: PlatformSchema,
  cautions: CautionSchema,
} as const;

/** The record type of each kind. */
interface RecordOf {
  contacts: Contact;
  remedies: Remedy;
  faqs: Faq;
  platforms: Platform;
  cautions: Caution;
}

/** Validated records, in file order. */
export interface ValidContent {
  contacts: Contact[];
  remedies: Remedy[];
  faqs: Faq[];
  platforms: Platform[];
  cautions: Caution[];
  /** The triage rules, lexicon and scenarios, when the content has them (content/triage/). */
  triage?: ValidTriage;
}

export interface ValidateOptions {
  /** Today's date (YYYY-MM-DD) in Japan; verifiedAt may not be later. */
  today: string;
  /** The editorial order from content/order.yaml; when given it must list every record of each kind exactly once. */
  order?: ContentOrder;
  /** The path of order.yaml as shown in errors. */
  orderFile?: string;
  /** The triage files (content/triage/), checked against the records they name. */
  triage?: RawTriage;
}

/** Validates raw records against the schemas and the integrity rules; never throws. */
export function validateContent(
  raw: readonly RawRecord[],
  options: ValidateOptions,
): { content: ValidContent; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const parsed: { [K in RecordKind]: Located<RecordOf[K]>[] } = {
    contacts: [],
    remedies: [],
    faqs: [],
    platforms: [],
    cautions: [],
  };

  for (const item of raw) {
    const id = idOf(item.data);
    const result = (SCHEMAS[item.kind] as z.ZodType).safeParse(item.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ file: item.file, id, field: formatPath(issue.path), reason: issue.message });
      }
      continue;
    }
    if (id !== item.stem) {
      errors.push({ file: item.file, id, field: "id", reason: `the file must be named after the id (${id}.yaml)` });
    }
    (parsed[item.kind] as Located<unknown>[]).push({ file: item.file, record: result.data });
  }

  const ids = {
    contacts: uniqueIds(parsed.contacts, errors),
    remedies: uniqueIds(parsed.remedies, errors),
    faqs: uniqueIds(parsed.faqs, errors),
    platforms: uniqueIds(parsed.platforms, errors),
    cautions: uniqueIds(parsed.cautions, errors),
  };
  const refs = (file: string, id: string, field: string, list: readonly string[], kind: RecordKind) => {
    list.forEach((ref, i) => {
      if (!ids[kind].has(ref)) {
        errors.push({ file, id, field: `${field}[${i}]`, reason: `refers to ${kind} "${ref}", which does not exist` });
      }
    });
  };

  for (const { file, record } of parsed.contacts) {
    refs(file, record.id, "remedies", record.remedies, "remedies");
    checkContact(file, record, errors);
  }
  for (const { file, record } of parsed.remedies) {
    refs(file, record.id, "contacts", record.contacts, "contacts");
    refs(file, record.id, "next", record.next, "remedies");
    record.next.forEach((next, i) => {
      if (next === record.id)
        errors.push({ file, id: record.id, field: `next[${i}]`, reason: "a remedy cannot come next after itself" });
    });
  }
  for (const { file, record } of parsed.faqs) {
    refs(file, record.id, "related.contacts", record.related.contacts, "contacts");
    refs(file, record.id, "related.remedies", record.related.remedies, "remedies");
  }
  for (const { file, record } of parsed.platforms) {
    for (const ref of platformRefs(record)) refs(file, record.id, ref.field, ref.ids, ref.kind);
    for (const { field, date } of platformDates(record)) checkDate(file, record.id, date, options.today, errors, field);
  }
  for (const { file, record } of parsed.cautions) {
    for (const ref of cautionRefs(record)) refs(file, record.id, ref.field, ref.ids, ref.kind);
  }
  checkPlatforms(parsed.platforms, errors);
  for (const kind of RECORD_KINDS) {
    for (const { file, record } of parsed[kind]) {
      checkDate(file, record.id, record.verifiedAt, options.today, errors);
      checkTranslations(file, record.id, record, "", errors);
    }
  }

  const content = {
    contacts: parsed.contacts.map((c) => c.record),
    remedies: parsed.remedies.map((r) => r.record),
    faqs: parsed.faqs.map((f) => f.record),
    platforms: parsed.platforms.map((p) => p.record),
    cautions: parsed.cautions.map((c) => c.record),
  };
  if (options.order) applyOrder(content, options.order, options.orderFile ?? "order.yaml", errors);
  const triage = options.triage
    ? validateTriage(
        options.triage,
        { contacts: ids.contacts, remedies: ids.remedies, platforms: ids.platforms, cautions: ids.cautions },
        errors,
        checkTranslations,
      )
    : null;
  return { content: triage ? { ...content, triage } : content, errors };
}

/**
 * Sorts each kind by the editorial order: the order a frightened reader should meet windows in is a content
 * decision (110 and #9110 before specialised lines), not an accident of file names. Every record must be listed.
 */
function applyOrder(
  content: ValidContent,
  order: NonNullable<ContentOrder>,
  file: string,
  errors: ContentError[],
): void {
  for (const kind of ORDERED_RECORD_KINDS) {
    const listed = order[kind];
    // Platforms came later: an order that has no platforms list keeps them in file order.
    if (kind === "platforms" && listed === undefined) continue;
    const records: { id: string }[] = content[kind];
    if (!Array.isArray(listed) || !listed.every((id) => typeof id === "string")) {
      errors.push({ file, id: null, field: kind, reason: `list the ${kind} ids in display order` });
      continue;
    }
    const known = new Set(records.map((r) => r.id));
    const position = new Map<string, number>();
    listed.forEach((id: string, i) => {
      if (position.has(id)) errors.push({ file, id: null, field: `${kind}[${i}]`, reason: `"${id}" is listed twice` });
      else if (!known.has(id))
        errors.push({ file, id: null, field: `${kind}[${i}]`, reason: `there is no ${kind} record "${id}"` });
      position.set(id, i);
    });
    for (const id of known) {
      if (!position.has(id))
        errors.push({ file, id, field: kind, reason: `"${id}" is missing: add it where it belongs in the order` });
    }
    records.sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
  }
}

function idOf(data: unknown): string | null {
  if (typeof data === "object" && data !== null && "id" in data && typeof data.id === "string") return data.id;
  return null;
}

function uniqueIds(items: readonly Located<{ id: string }>[], errors: ContentError[]): Set<string> {
  const seen = new Map<string, string>();
  for (const { file, record } of items) {
    const first = seen.get(record.id);
    if (first !== undefined)
      errors.push({ file, id: record.id, field: "id", reason: `duplicate id: ${first} has it too` });
    else seen.set(record.id, file);
  }
  return new Set(seen.keys());
}

function checkDate(
  file: string,
  id: string,
  date: string,
  today: string,
  errors: ContentError[],
  field = "verifiedAt",
): void {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const real = new Date(Date.UTC(y, m - 1, d));
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d) {
    errors.push({ file, id, field, reason: `${date} is not a real calendar date` });
  } else if (date > today) {
    errors.push({ file, id, field, reason: `${date} is in the future (today is ${today} in Japan)` });
  }
}

/** Every { ja, en } pair must be a real translation: the two texts may not be identical. */
function checkTranslations(file: string, id: string, value: unknown, path: string, errors: ContentError[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkTranslations(file, id, v, `${path}[${i}]`, errors);
    });
  } else if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    const keys = entries
      .map(([k]) => k)
      .sort()
      .join();
    if (keys === "en,ja") {
      const { ja, en } = value as { ja: string; en: string };
      if (ja.trim() === en.trim()) {
        errors.push({
          file,
          id,
          field: path,
          reason: "ja and en are identical: translate it, or make the value a plain string if it is language-neutral",
        });
      }
      return;
    }
    for (const [k, v] of entries) checkTranslations(file, id, v, path === "" ? k : `${path}.${k}`, errors);
  }
}

/** The number kind implied by a Japanese number's prefix. */
export function numberKindOf(number: string): NumberKind {
  const digits = number.replace(/-/g, "");
  if (/^0(?:120|800)/.test(digits)) return "toll-free";
  if (digits.startsWith("0570")) return "navi-dial";
  if (digits.startsWith("050")) return "ip";
  if (/^0[789]0/.test(digits)) return "mobile";
  return "landline";
}

function checkContact(file: string, contact: Contact, errors: ContentError[]): void {
  const id = contact.id;
  checkCaveat(file, contact, "confirm", errors);
  checkSchedule(file, id, "schedule", contact.schedule, errors);
  checkWhoAnswers(file, contact, errors);
  contact.channels.forEach((channel, i) => {
    const field = `channels[${i}]`;
    if (channel.schedule) checkSchedule(file, id, `${field}.schedule`, channel.schedule, errors);
    for (const lang of channel.languages ?? []) {
      if (!contact.languages.includes(lang)) {
        errors.push({
          file,
          id,
          field: `${field}.languages`,
          reason: `"${lang}" is missing from the contact's languages, which must list every channel's languages`,
        });
      }
    }
    if (channel.type !== "phone") return;
    const expected = numberKindOf(channel.number);
    if (channel.kind !== expected) {
      errors.push({
        file,
        id,
        field: `${field}.kind`,
        reason: `${channel.number} is a ${expected} number, not ${channel.kind}`,
      });
    }
    if (channel.e164 !== undefined && channel.e164 !== `+81${channel.number.replace(/-/g, "").slice(1)}`) {
      errors.push({
        file,
        id,
        field: `${field}.e164`,
        reason: `${channel.e164} is not the E.164 form of ${channel.number}`,
      });
    }
    if (channel.kind === "navi-dial" && !channel.unreachableFrom.includes("ip-phone")) {
      errors.push({
        file,
        id,
        field: `${field}.unreachableFrom`,
        reason: "navi-dial (0570) numbers cannot be reached from some IP phones: list ip-phone",
      });
    }
  });
}

/** Channels where nobody answers live: what is sent is read later. */
const READ_LATER = new Set(["form", "email", "web"]);

/**
 * "Open" means a person answers now. A form or e-mail that accepts at any time is read later, so it must say
 * `deferred`, and a contact may only claim live hours when some live channel (phone, chat, LINE, in person) follows them.
 */
function checkWhoAnswers(file: string, contact: Contact, errors: ContentError[]): void {
  const id = contact.id;
  contact.channels.forEach((channel, i) => {
    if (channel.type !== "form" && channel.type !== "email") return;
    const own = channel.schedule !== undefined;
    const schedule = channel.schedule ?? contact.schedule;
    if (schedule.type === "always" || schedule.type === "weekly") {
      errors.push({
        file,
        id,
        field: own ? `channels[${i}].schedule.type` : "schedule.type",
        reason: `a ${channel.type} is read later, not answered live: use type deferred ("accepts any time, replies later")`,
      });
    }
  });
  if (contact.schedule.type !== "always" && contact.schedule.type !== "weekly") return;
  const live = contact.channels.some((channel) => !READ_LATER.has(channel.type) && channel.schedule === undefined);
  if (!live) {
    errors.push({
      file,
      id,
      field: "schedule.type",
      reason: `no channel a person answers live follows these ${contact.schedule.type} hours: use deferred or varies, or give the live channel its own schedule`,
    });
  }
}

function checkSchedule(
  file: string,
  id: string,
  field: string,
  schedule: Contact["schedule"],
  errors: ContentError[],
): void {
  const rules =
    schedule.type === "weekly"
      ? schedule.rules
      : schedule.type === "varies"
        ? (schedule.typical?.rules ?? [])
        : schedule.type === "deferred"
          ? (schedule.answered?.rules ?? [])
          : [];
  if (schedule.type === "weekly") {
    for (const closure of schedule.unknownOn ?? []) {
      if (schedule.closedOn.includes(closure)) {
        errors.push({
          file,
          id,
          field: `${field}.unknownOn`,
          reason: `${closure} is listed as both closed and unknown`,
        });
      }
    }
  }
  rules.forEach((rule, i) => {
    if (rule.opens === rule.closes) {
      errors.push({
        file,
        id,
        field: `${field}.${schedule.type === "varies" ? "typical.rules" : schedule.type === "deferred" ? "answered.rules" : "rules"}[${i}]`,
        reason: "opens and closes are the same time: use type: always for 24-hour windows",
      });
    }
    if (rule.opens === "24:00") {
      errors.push({
        file,
        id,
        field: `${field}.rules[${i}].opens`,
        reason: "24:00 is only a closing time; open at 00:00",
      });
    }
  });
}
