// A list of the windows that help with something (a remedy's "who helps", a caution's "who can ask for you"): each
// name a button that opens its contact card when the contacts view is shown, plain text otherwise.
import type { ContactLocalized } from "@netstalker/data";
import { html, type TemplateResult } from "lit";

/** The records of `ids` that exist, in that order (an id the data no longer has is skipped, never shown blank). */
export function recordsOf<T>(ids: readonly string[], byId: ReadonlyMap<string, T>): T[] {
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
}

/** The contacts as list items, each a button to its card when `showContact` is given. */
export function renderContactLinks(
  contacts: readonly ContactLocalized[],
  showContact: ((id: string) => void) | undefined,
): TemplateResult[] {
  return contacts.map(
    (c) =>
      html`<li>
        ${
          showContact
            ? html`<button type="button" class="link-button" @click=${() => showContact(c.id)}>${c.name}</button>`
            : c.name
        }
      </li>`,
  );
}
