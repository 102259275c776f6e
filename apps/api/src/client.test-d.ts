// The typed client follows the routes: the contacts list takes channel and region, and its meta carries the statuses.
import { describe, expectTypeOf, it } from "vitest";
import type { Client } from "./client.js";

describe("createClient types", () => {
  it("types channel, region and order on /v1/contacts and meta.openStatus in its answer", () => {
    type ListGet = Client["v1"]["contacts"]["$get"];
    type Query = NonNullable<Parameters<ListGet>[0]>["query"];
    expectTypeOf<NonNullable<Query>["channel"]>().toEqualTypeOf<"any" | "text" | undefined>();
    expectTypeOf<NonNullable<Query>["region"]>().toEqualTypeOf<string | undefined>();
    type Ok = Extract<Awaited<ReturnType<ListGet>>, { status: 200 }>;
    type Meta = Awaited<ReturnType<Ok["json"]>>["meta"];
    expectTypeOf<Meta["openStatus"][string]["state"]>().toEqualTypeOf<"open" | "unknown" | "deferred" | "closed">();
  });
});
