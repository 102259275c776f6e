// The real dataset's records by id, for the content tests: a missing id fails the test by name instead of reading
// `undefined`.
import { dataset } from "../../src/generated/dataset.js";

function byId<T extends { id: string }>(kind: string, records: readonly T[]): (id: string) => T {
  return (id) => {
    const found = records.find((r) => r.id === id);
    if (!found) throw new Error(`no ${kind} ${id}`);
    return found;
  };
}

export const contact = byId("contact", dataset.contacts);
export const remedy = byId("remedy", dataset.remedies);
export const faq = byId("faq", dataset.faqs);
