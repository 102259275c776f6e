// Reads the widget's Custom Elements Manifest (custom-elements.json, schema 2.x) into the rows the embedding guide
// shows. The manifest is generated from the widget's source, so these tables cannot drift from the element.

export interface ManifestRow {
  name: string;
  type?: string;
  default?: string;
  description?: string;
}
export interface WidgetReference {
  tagName: string;
  description?: string;
  attributes: ManifestRow[];
  cssProperties: ManifestRow[];
  cssParts: ManifestRow[];
  events: ManifestRow[];
  slots: ManifestRow[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}
function rows(value: unknown): ManifestRow[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((item) => {
    const name = str(item.name);
    if (!name) return [];
    const row: ManifestRow = { name };
    const type = isRecord(item.type) ? str(item.type.text) : undefined;
    if (type) row.type = type;
    const fallback = str(item.default);
    if (fallback) row.default = fallback;
    const description = str(item.description) ?? str(item.summary);
    if (description) row.description = description;
    return [row];
  });
}

/** The declaration of custom element `tagName` in a manifest, or an error naming what is missing. */
export function readWidgetReference(manifest: unknown, tagName: string): WidgetReference {
  if (!isRecord(manifest) || !Array.isArray(manifest.modules)) {
    throw new Error("custom-elements.json has no modules array: is it a Custom Elements Manifest?");
  }
  for (const mod of manifest.modules) {
    if (!isRecord(mod) || !Array.isArray(mod.declarations)) continue;
    for (const decl of mod.declarations) {
      if (!isRecord(decl) || decl.tagName !== tagName) continue;
      const reference: WidgetReference = {
        tagName,
        attributes: rows(decl.attributes),
        cssProperties: rows(decl.cssProperties),
        cssParts: rows(decl.cssParts),
        events: rows(decl.events),
        slots: rows(decl.slots),
      };
      const description = str(decl.description) ?? str(decl.summary);
      if (description) reference.description = description;
      return reference;
    }
  }
  throw new Error(`custom-elements.json declares no <${tagName}>`);
}
