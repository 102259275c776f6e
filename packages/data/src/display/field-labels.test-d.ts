import { describe, expectTypeOf, test } from "vitest";
import type { Contact } from "../schema/contact.js";
import type { Faq } from "../schema/faq.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Remedy } from "../schema/remedy.js";
import { CONTACT_FIELD_LABELS, type FieldLabels } from "./field-labels.js";
import { type FAQ_FIELD_LABELS, REMEDY_FIELD_LABELS } from "./remedy-labels.js";

// The label tables are keyed by the schemas' own field names: a label for a field that does not exist (a typo, or a
// field renamed in the schema) must not typecheck.
describe("field labels are typed against the schema keys", () => {
  test("every key is a field of its record", () => {
    expectTypeOf<keyof typeof CONTACT_FIELD_LABELS>().toExtend<keyof Contact>();
    expectTypeOf<keyof typeof REMEDY_FIELD_LABELS>().toExtend<keyof Remedy>();
    expectTypeOf<keyof typeof FAQ_FIELD_LABELS>().toExtend<keyof Faq>();
  });

  test("a label for a field the record does not have is refused", () => {
    // @ts-expect-error: `hours` is not a Contact field (the field is `schedule`)
    const wrong: FieldLabels<Contact> = { hours: { ja: "受付時間", en: "Hours" } };
    expectTypeOf(wrong).toExtend<FieldLabels<Contact>>();
  });

  test("every label has both languages", () => {
    expectTypeOf(CONTACT_FIELD_LABELS.schedule).toExtend<LocalizedText>();
    expectTypeOf(REMEDY_FIELD_LABELS.contacts).toExtend<LocalizedText>();
  });
});
