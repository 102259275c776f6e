// Integrity rules of platform and caution records, beyond their schemas. Called by validate-content.ts.
import type { Caution, Platform } from "../src/schema/platform.js";
import type { ContentError } from "./content-error.js";
import { checkCaveat, type Located } from "./record-checks.js";

/** Checks every platform: designation dates, confidence against how its routes were confirmed, and service names. */
export function checkPlatforms(platforms: readonly Located<Platform>[], errors: ContentError[]): void {
  // A service name or alias must lead to one platform only, or search would send a person to the wrong operator.
  const owner = new Map<string, string>();
  for (const { file, record } of platforms) {
    const id = record.id;
    const { designation } = record;
    if (designation.status === "designated" && designation.since === undefined) {
      errors.push({ file, id, field: "designation.since", reason: "a designated platform needs the designation date" });
    }
    if (designation.status === "not-designated" && designation.since !== undefined) {
      errors.push({ file, id, field: "designation.since", reason: "a platform that is not designated has no date" });
    }
    checkCaveat(file, record, "check", errors);
    record.routes.forEach((route, i) => {
      if (route.type === "web" && route.foundOn === "secondary" && record.confidence === "high") {
        errors.push({
          file,
          id,
          field: `routes[${i}].foundOn`,
          reason:
            "a route confirmed only on a secondary page cannot be high confidence: set confidence medium and a caveat",
        });
      }
    });
    if (!record.routes.some((r) => r.type === "web") && record.confidence === "high") {
      errors.push({
        file,
        id,
        field: "routes",
        reason: "no route has a confirmed URL, so confidence cannot be high: say so in the caveat",
      });
    }
    if (!record.services.some((s) => s.designated) && designation.status === "designated") {
      errors.push({
        file,
        id,
        field: "services",
        reason: "a designated platform names at least one designated service",
      });
    }
    record.services.forEach((service, i) => {
      for (const [j, name] of [service.name, ...service.aliases].entries()) {
        const key = name.normalize("NFKC").toLowerCase();
        const field = j === 0 ? `services[${i}].name` : `services[${i}].aliases[${j - 1}]`;
        const first = owner.get(key);
        if (first !== undefined && first !== `${id}/${i}`) {
          errors.push({ file, id, field, reason: `"${name}" already names another service (${first.split("/")[0]})` });
        } else owner.set(key, `${id}/${i}`);
      }
    });
  }
}

/** Every date of a platform besides verifiedAt (checked with the others): the designation date. */
export function platformDates(record: Platform): { field: string; date: string }[] {
  return record.designation.since ? [{ field: "designation.since", date: record.designation.since }] : [];
}

/** The references of a platform and a caution, for the shared reference check. */
export function platformRefs(record: Platform): { field: string; ids: readonly string[]; kind: "cautions" }[] {
  return [{ field: "cautions", ids: record.cautions, kind: "cautions" }];
}

/** The contacts a caution names. */
export function cautionRefs(record: Caution): { field: string; ids: readonly string[]; kind: "contacts" }[] {
  return [{ field: "contacts", ids: record.contacts, kind: "contacts" }];
}
