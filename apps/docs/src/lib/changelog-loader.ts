// Loads the release notes Changesets writes on release (packages/*/CHANGELOG.md, apps/*/CHANGELOG.md) as one entry
// per workspace package, rendered when the package has notes. Before the first release there are none: a glob
// loader would then leave the collection empty, and Astro warns about an empty collection on every build. One entry
// per package (released: false until its CHANGELOG.md exists) keeps the page honest and the build quiet.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";

/** The workspace folders whose packages may have release notes. */
const GROUPS = ["packages", "apps"] as const;

/** A content loader for the workspace's release notes; `released` says whether a package has any yet. */
export function changelogLoader(): Loader {
  return {
    name: "netstalker-changelogs",
    load: async ({ config, store, parseData, renderMarkdown, generateDigest }) => {
      // The docs app sits at apps/docs: the workspace root is two folders up.
      const root = fileURLToPath(new URL("../../", config.root));
      store.clear();
      for (const group of GROUPS) {
        const dir = join(root, group);
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir).sort()) {
          if (!existsSync(join(dir, name, "package.json"))) continue;
          const id = `${group}/${name}`;
          const file = join(dir, name, "CHANGELOG.md");
          const body = existsSync(file) ? readFileSync(file, "utf8") : undefined;
          const data = await parseData({ id, data: { released: body !== undefined } });
          if (body === undefined) {
            store.set({ id, data, digest: generateDigest(id) });
          } else {
            store.set({
              id,
              data,
              body,
              filePath: `${group}/${name}/CHANGELOG.md`,
              rendered: await renderMarkdown(body),
              digest: generateDigest(body),
            });
          }
        }
      }
    },
  };
}
