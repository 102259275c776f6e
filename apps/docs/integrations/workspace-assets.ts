import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SCHEMA_NAMES, schemaExport } from "@netstalker/data";
import type { AstroIntegration } from "astro";
import { resolveExport } from "../src/lib/workspace-files.js";
import { openApiModule } from "./openapi-module.js";

/** Where the self-hosted widget bundle is served from. */
export const WIDGET_PATH = "/widget/stalker-help-widget.js";

/**
 * Copies files other workspace packages build (the widget's self-contained bundle, the data package's JSON
 * Schemas) into public/ before Astro starts, so the site serves them itself: no CDN, no third-party request.
 * A missing widget bundle is a warning, not a failure: the embedding page then says the demo is unavailable
 * and the docs tests fail on it, while the rest of the site still builds.
 */
export function workspaceAssets(): AstroIntegration {
  return {
    name: "netstalker-workspace-assets",
    hooks: {
      "astro:config:setup": ({ config, logger, updateConfig }) => {
        updateConfig({ vite: { plugins: [openApiModule()] } });
        const root = fileURLToPath(config.root);
        const publicDir = fileURLToPath(config.publicDir);

        const widgetTarget = path.join(publicDir, WIDGET_PATH);
        rmSync(widgetTarget, { force: true });
        // The single-file build: stalker-help-widget.js reads its records from a data file next to it.
        const widget = resolveExport("@netstalker/widget/stalker-help-widget.standalone.js", root);
        if (widget.file) {
          mkdirSync(path.dirname(widgetTarget), { recursive: true });
          copyFileSync(widget.file, widgetTarget);
        } else {
          logger.warn(`live widget demo unavailable: ${widget.missing} (build @netstalker/widget first)`);
        }

        const schemaDir = path.join(publicDir, "schemas");
        rmSync(schemaDir, { recursive: true, force: true });
        mkdirSync(schemaDir, { recursive: true });
        // Every JSON Schema @netstalker/data publishes, copied to /schemas/<name>.schema.json.
        for (const name of SCHEMA_NAMES) {
          const schema = resolveExport(schemaExport(name), root);
          if (!schema.file) throw new Error(`JSON Schema missing: ${schema.missing} (run the data package's generate)`);
          copyFileSync(schema.file, path.join(schemaDir, `${name}.schema.json`));
        }

        // The data's change log as JSON Feed 1.1 at /feed.json: the URL the feed names as its feed_url.
        const feed = resolveExport("@netstalker/data/feed.json", root);
        if (!feed.file) throw new Error(`feed.json missing: ${feed.missing} (run the data package's generate)`);
        copyFileSync(feed.file, path.join(publicDir, "feed.json"));
      },
    },
  };
}
