// Redocly's recommended ruleset (redocly.yaml) over the document the app serves: what client generators and API
// tooling adopters use will accept, with zero errors and zero warnings.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { request } from "./test-support.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const scratch = mkdtempSync(join(tmpdir(), "netstalker-openapi-lint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface LintProblem {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location: { pointer: string }[];
}

describe("Redocly lint (recommended ruleset)", () => {
  it("finds no errors and no warnings in /openapi.json", async () => {
    const file = join(scratch, "openapi.json");
    writeFileSync(file, await (await request("/openapi.json")).text());
    const run = promisify(execFile);
    // Exit code 1 means problems; the JSON report on stdout names them either way.
    const { stdout } = await run(
      join(root, "node_modules", ".bin", "redocly"),
      ["lint", file, "--config", join(root, "redocly.yaml"), "--format", "json"],
      { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    const report = JSON.parse(stdout) as { problems: LintProblem[] };
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
  });
});
