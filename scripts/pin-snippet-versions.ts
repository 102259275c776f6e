// Part of `pnpm version-packages`: rewrites the pinned version in the widget README's CDN snippet
// (`@netstalker/widget@X.Y.Z/dist/...`) to the version `changeset version` just set, so the snippet npm shows always
// loads the release it ships with. The packed-package check fails on a README whose pin differs from the version.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const widget = join(dirname(fileURLToPath(import.meta.url)), "..", "packages", "widget");
const { version } = JSON.parse(readFileSync(join(widget, "package.json"), "utf8")) as { version: string };
const readme = join(widget, "README.md");
const text = readFileSync(readme, "utf8");
const pinned = text.replace(/@netstalker\/widget@[0-9A-Za-z.+-]+\//g, `@netstalker/widget@${version}/`);
if (pinned !== text) writeFileSync(readme, pinned);
console.log(`pin-snippet-versions: the widget README's CDN snippet loads ${version}`);
