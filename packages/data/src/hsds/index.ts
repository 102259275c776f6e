// @netstalker/data/hsds: the dataset as Open Referral HSDS 3.0 (services, organizations, phones, schedules,
// languages, service areas), with our profile's extra fields. Pure functions over the contacts: no bundled data.
export { type HsdsTable, hsdsId, NETSTALKER_HSDS_NAMESPACE } from "./ids.js";
export { hsdsOrganizations } from "./organization.js";
export { HSDS_DEFAULT_PER_PAGE, HSDS_MAX_PER_PAGE, hsdsPage } from "./page.js";
export { HSDS_PROFILE, HSDS_VERSION } from "./profile.js";
export { hsdsSchedules } from "./schedule.js";
export { hsdsService, hsdsServiceListItem } from "./service.js";
export type * from "./types.js";

import type { Contact } from "../schema/contact.js";
import type { Lang } from "../schema/primitives.js";
import { hsdsId } from "./ids.js";
import { hsdsOrganizations } from "./organization.js";
import { hsdsService, organizationKey } from "./service.js";
import type { HsdsOrganization, HsdsOrganizationListItem, HsdsService } from "./types.js";

/** The whole directory as HSDS in `lang`: every service fully nested, and every organization with its services. */
export function toHsds(
  contacts: readonly Contact[],
  lang: Lang,
): { services: HsdsService[]; organizations: HsdsOrganization[] } {
  const organizations = hsdsOrganizations(contacts, lang);
  const fields = new Map<string, HsdsOrganizationListItem>(
    organizations.map(({ services: _services, ...one }) => [one.id, one]),
  );
  const services = contacts.map((contact) => {
    const organization = fields.get(hsdsId("organization", organizationKey(contact)));
    // hsdsOrganizations saw every contact, so every organization is there.
    if (!organization) throw new Error(`no organization for contact ${contact.id}`);
    return hsdsService(contact, lang, organization);
  });
  return { services, organizations };
}
