import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { changelogLoader } from "./lib/changelog-loader.js";

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Release notes Changesets writes into each package on release: one entry per package, released or not yet.
  changelogs: defineCollection({ loader: changelogLoader(), schema: z.object({ released: z.boolean() }) }),
  // Changes merged but not yet released: the pending .changeset/*.md files (front matter: package → bump).
  pendingChanges: defineCollection({
    loader: glob({ pattern: ["*.md", "!README.md"], base: "../../.changeset" }),
    schema: z.record(z.string(), z.enum(["major", "minor", "patch"])),
  }),
};
