// Checks the package as npm will ship it (tools/testing's packed-package check: publint, attw, LICENSE, package
// fields, no placeholder URL), with the packed @netstalker/data it depends on, then imports its entry points from
// plain Node ESM on the project's Node and on the oldest Node the package claims in engines.node. Server renderers
// and test runners import the element in Node, so that floor is a promise to keep.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkPackedPackage } from "@netstalker/testing/packed-package";
import { oldestNode } from "../../../scripts/oldest-node.js";

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

checkPackedPackage({
  pkgRoot,
  name: "@netstalker/widget",
  workspaceDeps: [join(pkgRoot, "..", "data")],
  nodes: [process.execPath, oldestNode(pkgRoot).bin],
  smoke: `import assert from "node:assert/strict";
import * as main from "@netstalker/widget";
import * as define from "@netstalker/widget/define";
import * as quickExit from "@netstalker/widget/quick-exit";
import manifest from "@netstalker/widget/custom-elements.json" with { type: "json" };
assert.equal(typeof main.StalkerHelpWidget, "function", "the element class is exported");
assert.ok(Array.isArray(main.VIEWS) && main.VIEWS.length > 0, "the views are exported");
assert.equal(define.TAG_NAME, "stalker-help-widget");
assert.equal(quickExit.DEFAULT_EXIT_URL, main.DEFAULT_EXIT_URL, "the quick-exit entry leaves for the same default");
assert.equal(quickExit.quickExitText("ja").exit, "すぐにこのページを離れる", "the quick-exit entry has the widget's words");
assert.ok(
  manifest.modules.some((m) => m.declarations?.some((d) => d.tagName === define.TAG_NAME)),
  "custom-elements.json declares the tag",
);
console.log("packed @netstalker/widget imports on Node " + process.version);
`,
});
