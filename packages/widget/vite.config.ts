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

/** Removes comments and layout whitespace from the widget's css`` block (Lit leaves template text as written). */
function minifyWidgetCss(): Plugin {
  return {
    name: "netstalker:minify-widget-css",
    transform(code, id) {
      if (!id.endsWith("stalker-help-widget.styles.ts")) return null;
      const minified = code.replace(/css`([\s\S]*?)`/, (_, body: string) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/\s+/g, " ")
          .replace(/\s*([{};,>])\s*/g, "$1")
          .replace(/;}/g, "}")
          .trim();
        return `css\`${css}\``;
      });
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
      if (!/\/widget\/src\/[^/]+\.ts$/.test(id) || id.endsWith(".test.ts")) return null;
      return { code: code.replace(/\n[ \t]+/g, "\n"), map: null };
    },
  };
}

// Two builds of the same entry (src/define.ts, which registers the element):
// - default: dist/stalker-help-widget.js, ONE self-contained ES module (Lit, query logic, data and schemas inside)
//   for a CDN <script type="module">;
// - `--mode size`: the same code split where the widget loads things lazily (bundled data, live-data validation),
//   written to .size/ so scripts/check-size.ts can measure the widget JS without the data.
export default defineConfig(({ mode }) => {
  const split = mode === "size";
  return {
    plugins: [stripSchemaAnnotations(), minifyWidgetCss(), trimTemplateIndentation()],
    json: { stringify: false },
    build: {
      target: "es2022",
      outDir: split ? ".size" : "dist",
      emptyOutDir: split,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: "src/define.ts",
        formats: ["es"],
        fileName: () => (split ? "widget.js" : "stalker-help-widget.js"),
      },
      rolldownOptions: {
        output: {
          minify: true,
          codeSplitting: split,
          chunkFileNames: "[name].js",
        },
      },
    },
  };
});
