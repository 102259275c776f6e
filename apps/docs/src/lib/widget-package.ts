import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readWidgetReference, type WidgetReference } from "./widget-manifest.js";
import { docsRoot, readExportedJson, resolveExport } from "./workspace-files.js";

export const WIDGET_TAG = "stalker-help-widget";

/** The widget package's version, read from its package.json (for the CDN snippet). */
export function widgetVersion(): string {
  const file = path.join(docsRoot(), "node_modules", "@netstalker", "widget", "package.json");
  if (!existsSync(file)) throw new Error(`@netstalker/widget is not installed in the docs app (${file})`);
  const pkg = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
  if (typeof pkg.version !== "string") throw new Error(`${file} has no version`);
  return pkg.version;
}

/** The element's reference from custom-elements.json, or the reason it is not available in this build. */
export function widgetReference():
  | { reference: WidgetReference; missing: null }
  | { reference: null; missing: string } {
  const manifest = readExportedJson("@netstalker/widget/custom-elements.json");
  if (manifest === null) {
    const { missing } = resolveExport("@netstalker/widget/custom-elements.json");
    return { reference: null, missing: missing ?? "custom-elements.json could not be read" };
  }
  return { reference: readWidgetReference(manifest, WIDGET_TAG), missing: null };
}

/** Whether the self-contained bundle is there to self-host, or why not. */
export function widgetBundle(): { available: true } | { available: false; missing: string } {
  const bundle = resolveExport("@netstalker/widget/stalker-help-widget.js");
  return bundle.missing === null ? { available: true } : { available: false, missing: bundle.missing };
}
