// The bodies that run our contacts, as HSDS organizations: one per distinct Japanese name, in first-seen order.
import type { Contact } from "../schema/contact.js";
import type { Lang } from "../schema/primitives.js";
import { runsSentence } from "./labels.js";
import { hsdsServiceListItem, organizationFields, organizationKey } from "./service.js";
import type { HsdsOrganization } from "./types.js";

/** Every organization that runs one of `contacts`, with the services it runs, in `lang`. */
export function hsdsOrganizations(contacts: readonly Contact[], lang: Lang): HsdsOrganization[] {
  const groups = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const key = organizationKey(contact);
    groups.set(key, [...(groups.get(key) ?? []), contact]);
  }
  return [...groups.values()].map((runs) => {
    const [first] = runs as [Contact, ...Contact[]];
    const description = runsSentence(
      runs.map((c) => c.name[lang]),
      lang,
    );
    return { ...organizationFields(first, lang, description), services: runs.map((c) => hsdsServiceListItem(c, lang)) };
  });
}
