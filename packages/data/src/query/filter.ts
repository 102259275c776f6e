import type { Contact } from "../schema/contact.js";
import type { Remedy } from "../schema/remedy.js";
import type { Audience, Category, RemedyKind, Service, Urgency } from "../schema/taxonomy.js";

/** Criteria for contacts; every given criterion must match (an array matches if the contact has any of its values). */
export interface ContactFilter {
  category?: Category | readonly Category[];
  audience?: Audience | readonly Audience[];
  service?: Service | readonly Service[];
  urgency?: Urgency | readonly Urgency[];
}
/** Criteria for remedies. */
export interface RemedyFilter {
  kind?: RemedyKind | readonly RemedyKind[];
}

export function filterContacts<T extends Contact>(contacts: readonly T[], filter: ContactFilter): T[] {
  throw new Error(`not implemented ${contacts.length} ${JSON.stringify(filter)}`);
}
export function filterRemedies<T extends Remedy>(remedies: readonly T[], filter: RemedyFilter): T[] {
  throw new Error(`not implemented ${remedies.length} ${JSON.stringify(filter)}`);
}
