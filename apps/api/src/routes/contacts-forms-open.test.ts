// "open" in the API means a person answers now: web forms, read later, are never listed as open. Which windows are
// open is the data's answer (packages/data/test/content/who-answers-when.test.ts pins the seven web forms the audit
// found listed at night); here the API must list exactly the windows the data calls open, and none reached by a form.
import { type ContactLocalized, contacts, isOpenAt } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { getJson } from "../test-support.js";

const FORM_WINDOWS = contacts.filter((c) => c.channels[0]?.type === "form").map((c) => c.id);

async function openAt(at: string): Promise<string[]> {
  const { body } = await getJson<{ data: ContactLocalized[] }>(`/v1/contacts?at=${encodeURIComponent(at)}`);
  return body.data.map((c) => c.id);
}

describe("GET /v1/contacts?at= at night and on holidays", () => {
  it("the dataset has the web-form windows this suite is about", () => {
    expect(FORM_WINDOWS.length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ["03:00 on a Sunday", "2026-12-06T03:00:00+09:00"],
    ["noon on New Year's Day", "2027-01-01T12:00:00+09:00"],
    ["11:00 on a weekday (forms are still read later, not answered live)", "2026-12-02T11:00:00+09:00"],
  ])("lists no form window, and exactly the windows the data calls open, at %s", async (_, at) => {
    const ids = await openAt(at);
    for (const id of FORM_WINDOWS) expect(ids, at).not.toContain(id);
    const expected = contacts.filter((c) => isOpenAt(c, new Date(at)) === true).map((c) => c.id);
    expect([...ids].sort(), at).toEqual(expected.sort());
  });

  it("still lists the lines that answer at 03:00 on a Sunday", async () => {
    expect(await openAt("2026-12-06T03:00:00+09:00")).toEqual(
      expect.arrayContaining(["police-emergency-110", "npa-sexual-crime-8103"]),
    );
  });
});
