// Fails the test run unless it runs on the Node the repository pins: the root devDependency `node` (a Node binary
// from the npm registry, first on PATH in every pnpm script), the `nodeVersion` pnpm checks engines against, and the
// root engines range must agree (docs/decisions/0005-node-24-from-the-npm-registry.md).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  devDependencies: Record<string, string>;
  engines: { node: string };
};
const pinned = manifest.devDependencies.node;
const workspace = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
const checkedAgainst = /^nodeVersion:\s*(\S+)\s*$/m.exec(workspace)?.[1];

const problems: string[] = [];
if (!pinned || !/^\d+\.\d+\.\d+$/.test(pinned))
  problems.push(`devDependencies.node must be an exact version (${pinned})`);
if (process.version !== `v${pinned}`) {
  problems.push(`scripts run on Node ${process.version}, not the pinned v${pinned}: run them through pnpm`);
}
if (checkedAgainst !== pinned) problems.push(`pnpm-workspace.yaml nodeVersion (${checkedAgainst}) != ${pinned}`);
const [major] = (pinned ?? "").split(".");
if (!manifest.engines.node.includes(`<${Number(major) + 1}`) || !manifest.engines.node.startsWith(`>=${major}.`)) {
  problems.push(`engines.node "${manifest.engines.node}" does not name Node ${major} only`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`toolchain: ${problem}`);
  process.exit(1);
}
console.log(`toolchain: Node ${process.version} (pinned), pnpm engines checked against ${checkedAgainst}`);
