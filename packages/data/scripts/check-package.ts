// Checks the package as npm will ship it (tools/testing's packed-package check: publint, attw, LICENSE, package
// fields, no placeholder URL), then imports every entry point from plain Node ESM on the project's Node and on the
// oldest Node the package claims in engines.node.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkPackedPackage } from "@netstalker/testing/packed-package";
import { oldestNode } from "../../../scripts/oldest-node.js";

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

checkPackedPackage({
  pkgRoot,
  name: "@netstalker/data",
  nodes: [process.execPath, oldestNode(pkgRoot).bin],
  smoke: `import assert from "node:assert/strict";
import * as main from "@netstalker/data";
import * as query from "@netstalker/data/query";
import * as schemas from "@netstalker/data/zod";
import * as hsds from "@netstalker/data/hsds";
import * as api from "@netstalker/data/api";
import data from "@netstalker/data/dataset.json" with { type: "json" };
import feed from "@netstalker/data/feed.json" with { type: "json" };
import openapi from "@netstalker/data/openapi.json" with { type: "json" };
import contactSchema from "@netstalker/data/schemas/contact.schema.json" with { type: "json" };
assert.equal(main.contacts.length, data.contacts.length, "contacts from the JS entry and dataset.json agree");
assert.equal(main.dataVersion, data.version);
assert.deepEqual(main.contacts[0], data.contacts[0]);
assert.equal(typeof query.isOpenAt, "function");
assert.equal(typeof query.createSearch, "function");
assert.ok(schemas.DatasetSchema.safeParse(data).success, "dataset.json validates against the shipped zod schema");
assert.equal(hsds.toHsds(main.contacts, "en").services.length, data.contacts.length, "every contact is an HSDS service");
assert.deepEqual(Object.keys(api), [], "the api entry is types only");
assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
assert.match(openapi.openapi, /^3\\.1\\./, "the API's OpenAPI document ships beside its types");
assert.match(contactSchema.$id, /contact\\.schema\\.json$/);
console.log("packed @netstalker/data imports on Node " + process.version + ":", data.contacts.length, "contacts");
`,
});
