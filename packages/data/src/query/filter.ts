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

/** The fields contact filters read; bilingual and localized contacts both have them. */
interface Filterable {
  categories: readonly Category[];
  audiences: readonly Audience[];
  services: readonly Service[];
  urgency: Urgency;
}

/** Whether the record's values include any wanted value; an absent or empty criterion matches everything. */
function matches<V>(have: readonly V[], wanted: V | readonly V[] | undefined): boolean {
  if (wanted === undefined) return true;
  const list = (Array.isArray(wanted) ? wanted : [wanted]) as readonly V[];
  return list.length === 0 || list.some((value) => have.includes(value));
}

/** The contacts that match every given criterion, in their original order. */
export function filterContacts<T extends Filterable>(contacts: readonly T[], filter: ContactFilter): T[] {
  return contacts.filter(
    (c) =>
      matches(c.categories, filter.category) &&
      matches(c.audiences, filter.audience) &&
      matches(c.services, filter.service) &&
      matches([c.urgency], filter.urgency),
  );
}

/** The remedies that match every given criterion, in their original order. */
export function filterRemedies<T extends { kind: RemedyKind }>(remedies: readonly T[], filter: RemedyFilter): T[] {
  return remedies.filter((r) => matches([r.kind], filter.kind));
}
