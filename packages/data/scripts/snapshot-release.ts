// Keeps the released datasets the change feed is built from: packages/data/releases/<version>.json.
//   snapshot          after `changeset version` bumped the version: writes the snapshot for the new version (commit it
//                     with the version bump); refuses to overwrite a released snapshot with different content.
//   snapshot --check  before publishing: fails unless the snapshot for this version exists and equals the dataset.

import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { todayInJapan } from "../pipeline/today.js";
import { type DatasetSnapshot, FEED_RECORD_KINDS } from "../src/feed/diff.js";

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

interface BuiltDataset {
  version: string;
  contacts: DatasetSnapshot["contacts"];
  remedies: DatasetSnapshot["remedies"];
  faqs: DatasetSnapshot["faqs"];
  platforms?: DatasetSnapshot["platforms"];
  cautions?: DatasetSnapshot["cautions"];
}

/** Every kind the feed reports, a kind a snapshot lacks counting as empty. */
const recordsOf = (d: BuiltDataset | DatasetSnapshot) => JSON.stringify(FEED_RECORD_KINDS.map((k) => d[k] ?? []));
const sameRecords = (a: BuiltDataset | DatasetSnapshot, b: BuiltDataset | DatasetSnapshot) =>
  recordsOf(a) === recordsOf(b);

/** Writes or checks the snapshot of `dataset` in `releasesDir`; returns a message, throws on a refusal. */
export async function snapshotRelease(
  dataset: BuiltDataset,
  releasesDir: string,
  options: { check: boolean; today: string },
): Promise<string> {
  const path = join(releasesDir, `${dataset.version}.json`);
  const existing = await readFile(path, "utf8").then(
    (text) => JSON.parse(text) as DatasetSnapshot,
    () => null,
  );
  if (existing) {
    if (sameRecords(existing, dataset)) return `releases/${dataset.version}.json is up to date`;
    throw new Error(
      `releases/${dataset.version}.json was released with different content: released snapshots never change. Add a changeset and run pnpm version-packages to release a new version.`,
    );
  }
  if (options.check) {
    throw new Error(`releases/${dataset.version}.json is missing: run pnpm version-packages and commit the snapshot`);
  }
  const snapshot: DatasetSnapshot = {
    version: dataset.version,
    releasedAt: options.today,
    contacts: dataset.contacts,
    remedies: dataset.remedies,
    faqs: dataset.faqs,
    platforms: dataset.platforms ?? [],
    cautions: dataset.cautions ?? [],
  };
  await writeFile(path, `${JSON.stringify(snapshot, null, 2)}\n`);
  return `wrote releases/${dataset.version}.json`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { check = false } = parseArgs({ options: { check: { type: "boolean" } }, strict: true }).values;
  readFile(join(pkgRoot, "dist/dataset.json"), "utf8")
    .then((text) =>
      snapshotRelease(JSON.parse(text) as BuiltDataset, join(pkgRoot, "releases"), { check, today: todayInJapan() }),
    )
    .then((message) => console.log(message))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
