import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Release notes Changesets writes into each package on release. None exist before the first release.
  changelogs: defineCollection({
    loader: glob({ pattern: ["packages/*/CHANGELOG.md", "apps/*/CHANGELOG.md"], base: "../.." }),
  }),
  // Changes merged but not yet released: the pending .changeset/*.md files (front matter: package → bump).
  pendingChanges: defineCollection({
    loader: glob({ pattern: ["*.md", "!README.md"], base: "../../.changeset" }),
    schema: z.record(z.string(), z.enum(["major", "minor", "patch"])),
  }),
};
