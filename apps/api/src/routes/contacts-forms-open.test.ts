// "open" in the API means a person answers now: the seven web forms the audit found listed at night are never open.
import type { ContactLocalized } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { getJson } from "../test-support.js";

const FORM_WINDOWS = [
  "npa-cyber-online-desk",
  "nnvs-victim-support",
  "moj-internet-human-rights-form",
  "ihaho-illegal-harmful-info-center",
  "sia-slander-hotline",
  "sia-safe-line",
  "internet-hotline-center",
];

describe("GET /v1/contacts?at= at night and on holidays", () => {
  it.each([
    ["03:00 on a Sunday", "2026-12-06T03:00:00+09:00"],
    ["noon on New Year's Day", "2027-01-01T12:00:00+09:00"],
    ["11:00 on a weekday (forms are still read later, not answered live)", "2026-12-02T11:00:00+09:00"],
  ])("lists none of the seven form windows at %s", async (_, at) => {
    const { body } = await getJson<{ data: ContactLocalized[] }>(`/v1/contacts?at=${encodeURIComponent(at)}`);
    const ids = body.data.map((c) => c.id);
    for (const id of FORM_WINDOWS) expect(ids, at).not.toContain(id);
  });

  it("still lists the lines that answer at 03:00 on a Sunday", async () => {
    const { body } = await getJson<{ data: ContactLocalized[] }>(
      `/v1/contacts?at=${encodeURIComponent("2026-12-06T03:00:00+09:00")}`,
    );
    expect(body.data.map((c) => c.id)).toEqual(
      expect.arrayContaining(["police-emergency-110", "npa-sexual-crime-8103"]),
    );
  });
});
