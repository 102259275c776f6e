// Checks one scenario's promises against a triage result; returns every broken promise in words.
import type { TriageResult } from "../../src/query/triage.js";
import type { TriageScenario } from "../../src/schema/triage.js";

/** The promises a result breaks; empty when the scenario holds. */
export function brokenPromises(scenario: TriageScenario, result: TriageResult): string[] {
  const out: string[] = [];
  const contacts = result.contacts.map((c) => c.id);
  const remedies = result.remedies.map((r) => r.id);
  const platforms = result.platforms.map((p) => p.id);
  const cautions = result.cautions.map((k) => k.id);
  if (contacts[0] !== scenario.firstContact)
    out.push(`first contact is ${contacts[0]}, expected ${scenario.firstContact}`);
  if (scenario.firstRemedy && remedies[0] !== scenario.firstRemedy) {
    out.push(`first remedy is ${remedies[0]}, expected ${scenario.firstRemedy}`);
  }
  for (const [kind, list, expected] of [
    ["contact", contacts, scenario.contacts],
    ["remedy", remedies, scenario.remedies],
    ["platform", platforms, scenario.platforms],
  ] as const) {
    for (const { id, within } of expected) {
      const at = list.indexOf(id);
      if (at < 0) out.push(`${kind} ${id} is missing`);
      else if (within !== undefined && at >= within)
        out.push(`${kind} ${id} is at ${at + 1}, expected within ${within}`);
    }
  }
  for (const id of scenario.cautions) if (!cautions.includes(id)) out.push(`caution ${id} is missing`);
  // A platform route is never shown without the cautions it names.
  for (const p of result.platforms) {
    for (const id of p.record.cautions) if (!cautions.includes(id)) out.push(`${p.id}'s caution ${id} is missing`);
  }
  for (const id of scenario.mustNot) {
    if (contacts.includes(id) || remedies.includes(id) || platforms.includes(id)) out.push(`${id} must not appear`);
  }
  for (const item of [...result.contacts, ...result.remedies, ...result.platforms]) {
    if (item.reason.ja.trim() === "" || item.reason.en.trim() === "") out.push(`${item.id} has no reason`);
  }
  const u = scenario.understood;
  if (u) {
    const got = result.interpreted;
    if (!got) out.push("nothing was interpreted");
    else {
      if (u.danger && !got.danger) out.push("danger was not understood");
      for (const need of u.needs ?? []) if (!got.needs.includes(need)) out.push(`need ${need} was not understood`);
      for (const a of u.audiences ?? []) if (!got.audiences.includes(a)) out.push(`audience ${a} was not understood`);
      if (u.relationship && got.relationship !== u.relationship) {
        out.push(`relationship is ${got.relationship}, expected ${u.relationship}`);
      }
    }
  }
  return out;
}
