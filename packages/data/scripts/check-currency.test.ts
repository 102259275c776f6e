// The real command on the real content: passes today, fails naming records once the clock is moved past 180 days.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { dataset } from "../src/generated/dataset.js";
import { documents } from "../src/generated/documents.js";
import { parseCurrencyArgs } from "./check-currency.js";

const run = promisify(execFile);
const pkgRoot = join(import.meta.dirname, "..");
const script = join(pkgRoot, "scripts/check-currency.ts");
const tsx = join(pkgRoot, "node_modules/.bin/tsx");

async function check(today: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [script, `--today=${today}`], { cwd: pkgRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("check:currency", () => {
  it("passes on the content as it is, a day after the newest check", async () => {
    const newest =
      dataset.contacts
        .map((c) => c.verifiedAt)
        .sort()
        .at(-1) ?? "";
    const { code, stdout } = await check(newest);
    expect(code).toBe(0);
    expect(stdout).toContain("none older than 180 days");
  }, 30_000);

  it("exits 1 naming every record once they are more than 180 days old", async () => {
    const { code, stdout, stderr } = await check("2027-12-31");
    expect(code).toBe(1);
    const total =
      dataset.contacts.length +
      dataset.remedies.length +
      dataset.faqs.length +
      dataset.platforms.length +
      dataset.cautions.length +
      documents.length;
    expect(stderr.split("\n").filter((l) => l.startsWith("error:"))).toHaveLength(total);
    expect(stderr).toContain("error: contacts/police-emergency-110 (content/contacts/police-emergency-110.yaml)");
    expect(stderr).toContain("error: documents/takedown-request (content/documents/takedown-request.yaml)");
    expect(stdout).toContain(`${total} of ${total} records are older than 180 days`);
  }, 30_000);

  it("reads --today and refuses anything else", () => {
    expect(parseCurrencyArgs(["--today=2027-01-02"]).today).toBe("2027-01-02");
    expect(parseCurrencyArgs([], new Date("2026-12-01T20:00:00Z")).today).toBe("2026-12-02");
    expect(() => parseCurrencyArgs(["--today=2027-13-01"])).toThrow(/not a date/);
    expect(() => parseCurrencyArgs(["--yesterday"])).toThrow(/unknown option/);
  });
});
