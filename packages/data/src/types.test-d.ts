import { describe, expectTypeOf, test } from "vitest";
import type * as Generated from "./generated/types.js";
import type { Localized } from "./query/localize.js";
import type { TriageResult } from "./query/triage.js";
import type * as Zod from "./schema/index.js";

// The shipped types come from the JSON Schema (json-schema-to-typescript); the build validates with zod.
// If the two ever drift, consumers would be promised a shape the build does not check.
describe("types generated from the JSON Schema equal the zod-inferred types", () => {
  test("Dataset", () => expectTypeOf<Generated.Dataset>().toEqualTypeOf<Zod.Dataset>());
  test("Contact", () => expectTypeOf<Generated.Contact>().toEqualTypeOf<Zod.Contact>());
  test("Remedy", () => expectTypeOf<Generated.Remedy>().toEqualTypeOf<Zod.Remedy>());
  test("Faq", () => expectTypeOf<Generated.Faq>().toEqualTypeOf<Zod.Faq>());
  test("Platform", () => expectTypeOf<Generated.Platform>().toEqualTypeOf<Zod.Platform>());
  test("Caution", () => expectTypeOf<Generated.Caution>().toEqualTypeOf<Zod.Caution>());
  test("RemovalRoute", () => expectTypeOf<Generated.RemovalRoute>().toEqualTypeOf<Zod.RemovalRoute>());
  test("Channel", () => expectTypeOf<Generated.Channel>().toEqualTypeOf<Zod.Channel>());
  test("Schedule", () => expectTypeOf<Generated.Schedule>().toEqualTypeOf<Zod.Schedule>());
  test("LocalizedText", () => expectTypeOf<Generated.LocalizedText>().toEqualTypeOf<Zod.LocalizedText>());
  test("TriageContent", () => expectTypeOf<Generated.TriageContent>().toEqualTypeOf<Zod.TriageContent>());
});

describe("single-language schemas equal localize()'s output type", () => {
  test("ContactLocalized", () => expectTypeOf<Localized<Zod.Contact>>().toEqualTypeOf<Zod.ContactLocalized>());
  test("RemedyLocalized", () => expectTypeOf<Localized<Zod.Remedy>>().toEqualTypeOf<Zod.RemedyLocalized>());
  test("FaqLocalized", () => expectTypeOf<Localized<Zod.Faq>>().toEqualTypeOf<Zod.FaqLocalized>());
  test("PlatformLocalized", () => expectTypeOf<Localized<Zod.Platform>>().toEqualTypeOf<Zod.PlatformLocalized>());
  test("CautionLocalized", () => expectTypeOf<Localized<Zod.Caution>>().toEqualTypeOf<Zod.CautionLocalized>());
  // The ranking's result type and the API's response schema come from different code: this keeps them in step.
  test("TriageResultLocalized", () =>
    expectTypeOf<Localized<TriageResult>>().toEqualTypeOf<Zod.TriageResultLocalized>());
});
