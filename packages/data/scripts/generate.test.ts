import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const pkgRoot = join(import.meta.dirname, "..");
const invalid = join(pkgRoot, "pipeline", "fixtures", "invalid");

function generate(contentDir: string) {
  return spawnSync(process.execPath, ["--import", "tsx", join(pkgRoot, "scripts", "generate.ts")], {
    cwd: pkgRoot,
    env: { ...process.env, NETSTALKER_CONTENT_DIR: contentDir },
    encoding: "utf8",
  });
}

// The build itself (not just the validator) must stop on a broken record and say where and why.
// Each case starts a fresh tsx process, which can take seconds on a loaded 2-core machine.
describe("the generate step fails on a deliberately broken record, naming file, record and field", {
  timeout: 60_000,
}, () => {
  test.each([
    ["wrong-type", 'wrong-type/contacts/fixture-line.yaml: record "fixture-line", field urgency:'],
    ["dangling-contact-remedy", 'record "fixture-line", field remedies[0]: refers to remedies "no-such-remedy"'],
    [
      "http-url",
      'http-url/contacts/fixture-line.yaml: record "fixture-line", field sources[0].url: URLs must be absolute https://',
    ],
    ["missing-english", 'missing-english/contacts/fixture-line.yaml: record "fixture-line", field summary.en:'],
    [
      "triage-missing-contact",
      'triage-missing-contact/triage/rules.yaml: record "fixture-rule", field rules[0].contacts[0].id: refers to contacts "no-such-window"',
    ],
  ])("%s", (fixture, expected) => {
    const result = generate(join(invalid, fixture));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expected);
  });
});
