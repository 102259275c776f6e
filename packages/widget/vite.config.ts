import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "examples"]);

/** Drops annotations (descriptions, titles) from the published JSON Schemas: validation does not read them. */
function stripSchemaAnnotations(): Plugin {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        // Keep `properties` keys named like annotations ("description" is a field of Contact).
        .filter(([key]) => !ANNOTATIONS.has(key))
        .map(([key, inner]) => [key, key === "properties" ? stripProperties(inner) : strip(inner)]),
    );
  };
  const stripProperties = (properties: unknown): unknown =>
    typeof properties === "object" && properties !== null
      ? Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, strip(inner)]))
      : properties;
  return {
    name: "netstalker:strip-schema-annotations",
    enforce: "pre",
    transform(code, id) {
      if (!id.endsWith(".schema.json")) return null;
      return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
    },
  };
}

/** Removes comments and layout whitespace from the widget's css`` blocks (Lit leaves template text as written). */
function minifyWidgetCss(): Plugin {
  const minify = (body: string) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\s+/g, " ")
      .replace(/\s*([{};,>])\s*/g, "$1")
      .replace(/;}/g, "}")
      .trim();
  return {
    name: "netstalker:minify-widget-css",
    transform(code, id) {
      if (!/\/widget\/src\/styles\/[^/]+\.ts$/.test(id)) return null;
      const minified = code.replace(
        /(css|unsafeCSS\()`([\s\S]*?)`/g,
        (_, tag: string, body: string) => `${tag}\`${minify(body)}\``,
      );
      return { code: minified, map: null };
    },
  };
}

/**
 * Drops the indentation after line breaks in the widget's own modules. Minifiers leave template literals alone, and
 * Lit templates are mostly indentation; inside HTML a line break and spaces render the same as a line break.
 */
function trimTemplateIndentation(): Plugin {
  return {
    name: "netstalker:trim-template-indentation",
    transform(code, id) {
      if (!/\/widget\/src\/.+\.ts$/.test(id) || id.endsWith(".test.ts") || id.includes("/test-support/")) return null;
      return { code: code.replace(/\n[ \t]+/g, "\n"), map: null };
    },
  };
}

/**
 * The CDN build reads its records from the data file next to it; the only records inside its code are the emergency
 * windows it shows when that file cannot be used (src/data/emergency-fallback.ts).
 */
function dataFileVariant(): Plugin {
  return {
    name: "netstalker:data-file-variant",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "../data/packaged-data.js" && importer?.includes("/src/controllers/")) {
        return fileURLToPath(new URL("./src/data/packaged-data.file.ts", import.meta.url));
      }
      return null;
    },
    transform(code, id) {
      if (!id.endsWith("/dataset.json")) return null;
      const dataset = JSON.parse(code) as { contacts: { urgency: string }[] };
      const emergency = dataset.contacts.filter((c) => c.urgency === "emergency");
      return { code: JSON.stringify({ ...dataset, contacts: emergency, remedies: [], faqs: [] }), map: null };
    },
  };
}

// Two builds of the same entry (src/define.ts, which registers the element), both ONE ES module with no chunks (an
// integrity hash on the script tag then covers all the code):
// - default: dist/stalker-help-widget.js, code only; records come from dist/stalker-help-widget.data.<lang>.json
//   (written by scripts/emit-data-files.ts) or from api-base;
// - `--mode standalone`: dist/stalker-help-widget.standalone.js, code and records of both languages in one file.
export default defineConfig(({ mode }) => {
  const standalone = mode === "standalone";
  const embed = mode === "embed";
  return {
    plugins: [
      stripSchemaAnnotations(),
      minifyWidgetCss(),
      trimTemplateIndentation(),
      ...(standalone ? [] : [dataFileVariant()]),
    ],
    json: { stringify: false },
    build: {
      target: "es2022",
      outDir: "dist",
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: embed ? "src/embed/embed-page.ts" : "src/define.ts",
        formats: ["es"],
        fileName: () =>
          embed ? "embed.js" : standalone ? "stalker-help-widget.standalone.js" : "stalker-help-widget.js",
      },
      rolldownOptions: {
        output: { minify: true, codeSplitting: false },
      },
    },
  };
});
