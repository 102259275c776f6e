// The one site-URL setting (scripts/site-url.ts), read by the docs build, the feed and `pnpm release`.
import { describe, expect, it } from "vitest";
import { siteUrl } from "../../../../scripts/site-url.js";

describe("siteUrl (NETSTALKER_SITE_URL)", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["https://docs.host.jp/", "https://docs.host.jp"],
    ["https://host.jp/docs/", "https://host.jp/docs"],
  ])("reads %j as %j", (value, expected) => {
    expect(siteUrl({ NETSTALKER_SITE_URL: value })).toBe(expected);
  });

  it.each([
    ["netstalker-help.example", /absolute https URL/],
    ["http://host.jp", /https/],
    ["https://netstalker-help.example", /placeholder/],
    ["https://www.example.com", /placeholder/],
    ["https://help.example.org", /placeholder/],
    ["https://host.jp/?a=1", /query/],
  ])("refuses %s, naming the variable", (value, reason) => {
    expect(() => siteUrl({ NETSTALKER_SITE_URL: value })).toThrow(reason);
    expect(() => siteUrl({ NETSTALKER_SITE_URL: value })).toThrow(/NETSTALKER_SITE_URL/);
  });
});
