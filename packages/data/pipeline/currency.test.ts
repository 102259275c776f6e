import { describe, expect, it } from "vitest";
import { ageInDays, checkCurrency, currencyReport, dayNumber } from "./currency.js";

const record = (id: string, verifiedAt: string) => ({
  record: `contacts/${id}`,
  file: `content/contacts/${id}.yaml`,
  verifiedAt,
});

describe("currency gate", () => {
  it("counts whole days across months and leap years", () => {
    expect(ageInDays("2026-11-29", "2026-12-01")).toBe(2);
    expect(ageInDays("2028-02-28", "2028-03-01")).toBe(2);
  });

  it("passes at 149 days, warns from 150, still passes at 180, fails from 181", () => {
    const today = "2027-06-01";
    const ages = checkCurrency(
      [record("a", "2027-01-03"), record("b", "2027-01-02"), record("c", "2026-12-03"), record("d", "2026-12-02")],
      today,
    );
    expect(ages.map((a) => [a.record, a.days, a.status])).toEqual([
      ["contacts/d", 181, "stale"],
      ["contacts/c", 180, "warn"],
      ["contacts/b", 150, "warn"],
      ["contacts/a", 149, "ok"],
    ]);
  });

  it("fails naming every stale record with its file and date", () => {
    const today = "2027-12-01";
    const { lines, exitCode } = currencyReport(
      checkCurrency(
        [record("old-one", "2027-01-01"), record("older", "2026-11-29"), record("fresh", "2027-11-30")],
        today,
      ),
      today,
    );
    expect(exitCode).toBe(1);
    const errors = lines.filter((l) => l.startsWith("error"));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("contacts/older (content/contacts/older.yaml) was verified on 2026-11-29, 367 days");
    expect(errors[1]).toContain("contacts/old-one");
    expect(lines.at(-1)).toContain("cannot be released");
  });

  it("passes with no stale records", () => {
    const { exitCode, lines } = currencyReport(
      checkCurrency([record("fresh", "2026-11-29")], "2026-12-01"),
      "2026-12-01",
    );
    expect(exitCode).toBe(0);
    expect(lines).toEqual(["1 records checked on 2026-12-01: none older than 180 days."]);
  });

  it("refuses dates that are not real", () => {
    expect(() => dayNumber("2026-02-30")).toThrow(/not a date/);
    expect(() => dayNumber("1 Dec 2026")).toThrow(/not a date/);
  });
});
