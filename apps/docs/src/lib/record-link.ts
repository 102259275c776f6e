import type { Contact, Lang, Remedy } from "@netstalker/data";
import { pagePath } from "./paths.js";

/** Where a contact's or a remedy's page is, and the text a link to it shows (its name or title). */
export function recordLink(record: Contact | Remedy, lang: Lang): { href: string; text: string } {
  return "kind" in record
    ? { href: pagePath(lang, "remedies", record.id), text: record.title[lang] }
    : { href: pagePath(lang, "contacts", record.id), text: record.name[lang] };
}
