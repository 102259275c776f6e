import { readFileSync } from "node:fs";
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

interface DatasetJson {
  version: string;
  contacts: { urgency: string }[];
  remedies: unknown[];
  faqs: unknown[];
  triage: unknown;
  [key: string]: unknown;
}

/**
 * What one module may read of dataset.json, by its path in this package. A key left out of a module's slice is
 * undefined in the built files although TypeScript still sees the whole Dataset: reading a new key (platforms, ...)
 * from one of these modules means adding it to its slice here (and measuring it: scripts/check-size.ts).
 */
type DatasetSlices = Record<string, (dataset: DatasetJson) => Partial<DatasetJson>>;

interface LexiconEntryJson {
  search?: unknown;
  [key: string]: unknown;
}

interface SuggestionJson {
  reason: Record<string, string>;
  [key: string]: unknown;
}

interface TriageRuleJson {
  title?: unknown;
  sources?: unknown;
  withhold?: { id: string }[];
  contacts: SuggestionJson[];
  remedies: SuggestionJson[];
  platforms?: SuggestionJson[];
  [key: string]: unknown;
}

/** A rule's suggestions (contacts, remedies, platforms), each passed through `keep`. */
function mapSuggestions(rule: TriageRuleJson, keep: (s: SuggestionJson) => unknown) {
  return {
    contacts: rule.contacts.map(keep),
    remedies: rule.remedies.map(keep),
    ...(rule.platforms && { platforms: rule.platforms.map(keep) }),
  };
}

/**
 * The triage content as the ranking reads it: each rule without what only reviewers and the docs read (its title,
 * its sources, and the reason and source of a record it withholds: the widget never shows them, and the chunk has a
 * 60 KB budget), and each lexicon entry without its search terms (search, not the interpreter, reads them; 0.4 KB).
 * The reasons for what the rules suggest come with the page's language, in a chunk of their own (reasonsIn).
 */
function rankingOnly(triage: unknown, withReasons = false): unknown {
  const { rules, lexicon, ...rest } = triage as { rules: TriageRuleJson[]; lexicon: LexiconEntryJson[] };
  return {
    ...rest,
    lexicon: lexicon.map(({ search: _search, ...entry }) => entry),
    rules: rules.map(({ title: _title, sources: _sources, withhold, ...rule }) => ({
      ...rule,
      ...(withReasons ? {} : mapSuggestions(rule, ({ reason: _reason, ...s }) => s)),
      ...(withhold && { withhold: withhold.map(({ id }) => ({ id })) }),
    })),
  };
}

/** The rules' reasons in one language, rule by rule, as reasonTexts (@netstalker/data/query) reads them. */
function reasonsIn(lang: string, triage: unknown): unknown {
  const { rules } = triage as { rules: TriageRuleJson[] };
  return { rules: rules.map((rule) => mapSuggestions(rule, ({ reason }) => ({ reason: { [lang]: reason[lang] } }))) };
}

/**
 * The CDN build reads its records from the data file next to it (scripts/data-file.ts); inside its code are only the
 * emergency windows it shows when that file cannot be used and, in the lazy triage chunk, the triage rules and lexicon.
 */
const CDN_SLICES: DatasetSlices = {
  "src/data/emergency-fallback.ts": (d) => ({
    version: d.version,
    contacts: d.contacts.filter((c) => c.urgency === "emergency"),
  }),
  "src/triage/engine.ts": (d) => ({ triage: rankingOnly(d.triage) }),
  "src/triage/reasons.ja.ts": (d) => ({ triage: reasonsIn("ja", d.triage) }),
  "src/triage/reasons.en.ts": (d) => ({ triage: reasonsIn("en", d.triage) }),
};

/**
 * The single-file build carries the records it shows (both languages: contacts, remedies, FAQs, the platforms'
 * removal routes and their cautions) and the triage content, nothing else.
 */
const STANDALONE_SLICES: DatasetSlices = {
  ...CDN_SLICES,
  // One file holds both languages anyway: the rules keep their reasons, and no reasons are held apart.
  "src/triage/engine.ts": (d) => ({ triage: rankingOnly(d.triage, true) }),
  "src/triage/reasons.ja.ts": () => ({ triage: { rules: [] } }),
  "src/triage/reasons.en.ts": () => ({ triage: { rules: [] } }),
  "src/data/bundled-data.ts": (d) => ({
    version: d.version,
    contacts: d.contacts,
    remedies: d.remedies,
    faqs: d.faqs,
    platforms: d.platforms,
    cautions: d.cautions,
  }),
};

const SLICE_PREFIX = "\0netstalker-dataset-slice:";

/**
 * Gives each module that imports @netstalker/data/dataset.json only its slice of it. Any other importer fails the
 * build: a new use must choose between the data file and a slice here, so no part of the dataset (platforms,
 * cautions, ... as the content grows) slips into the code unmeasured.
 */
function datasetSlices(slices: DatasetSlices): Plugin {
  const widgetRoot = fileURLToPath(new URL("./", import.meta.url));
  const datasetPath = fileURLToPath(import.meta.resolve("@netstalker/data/dataset.json"));
  return {
    name: "netstalker:dataset-slices",
    enforce: "pre",
    resolveId(source, importer) {
      if (source !== "@netstalker/data/dataset.json" || !importer) return null;
      const from = importer.startsWith(widgetRoot) ? importer.slice(widgetRoot.length) : importer;
      if (!(from in slices)) {
        this.error(
          `${from} imports @netstalker/data/dataset.json: the CDN build carries records in its data file ` +
            "(scripts/data-file.ts); add a slice in vite.config.ts only for what must be inside the code",
        );
      }
      return `${SLICE_PREFIX}${from}`;
    },
    load(id) {
      if (!id.startsWith(SLICE_PREFIX)) return null;
      const slice = slices[id.slice(SLICE_PREFIX.length)];
      if (!slice) return null;
      const dataset = JSON.parse(readFileSync(datasetPath, "utf8")) as DatasetJson;
      return { code: `export default ${JSON.stringify(slice(dataset))};`, map: null };
    },
  };
}

/** The CDN build reads its records through packaged-data.file.ts (the data file) instead of packaged-data.ts. */
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
  };
}

/**
 * Lazy chunks of the CDN build, by their entry module: each is loaded by a dynamic import() only when needed, never
 * before the first card is painted, and holds the modules that only it reaches (the bundler follows the imports;
 * no file list decides). Renaming or moving one of these modules fails the build (lazyEntries below) instead of
 * silently moving code into the first card's file.
 * - views: the remedies, FAQ and triage panels (with the removal path), their styles and text, loaded right after the
 *   first card whatever tab is open (so no request says which tab a person opened);
 * - details: reading and checking the second data file (remedies, FAQs, platforms, cautions), right after it too;
 * - documents: the documents view (takedown and disclosure requests, incident log) with their content, when a person
 *   opens that panel;
 * - triage: ranking, the text interpreter with its model and readings, the rules and lexicon, right after the first
 *   card (src/triage/engine.ts and what only it imports);
 * - triage-reasons-ja, triage-reasons-en: the rules' reasons in one language, with the triage chunk, for a page in that
 *   language;
 * - live-data: when `api-base` is set.
 * Everything the first card needs stays in the entry file: one script request and the contacts data file.
 */
export const LAZY_ENTRIES: Readonly<Record<string, string>> = {
  "src/render/views.ts": "views",
  "src/data/details-file.ts": "details",
  "src/render/documents.ts": "documents",
  "src/triage/engine.ts": "triage",
  "src/triage/reasons.ja.ts": "triage-reasons-ja",
  "src/triage/reasons.en.ts": "triage-reasons-en",
  "src/data/live-data.ts": "live-data",
};

/**
 * Checks that every lazy entry exists and is loaded by a dynamic import() in the built graph, and names the chunks
 * by the table above (a chunk of modules several lazy chunks share is "shared").
 */
function lazyEntries(): Plugin {
  const root = fileURLToPath(new URL("./", import.meta.url));
  const named = new Map(Object.entries(LAZY_ENTRIES).map(([path, name]) => [root + path, name]));
  return {
    name: "netstalker:lazy-entries",
    buildEnd(error) {
      // Builds of another entry (bench:parts' minimal Lit element) have no lazy chunks to check.
      if (error || !this.getModuleInfo(`${root}src/define.ts`)) return;
      for (const [path] of named) {
        const info = this.getModuleInfo(path);
        if (!info)
          this.error(`lazy entry ${path.slice(root.length)} (vite.config.ts LAZY_ENTRIES) is not in the build`);
        if (info.importers.length > 0 || info.dynamicImporters.length === 0) {
          this.error(
            `lazy entry ${path.slice(root.length)} must be loaded only by import(): imported statically by ${info.importers.join(", ") || "nothing"}`,
          );
        }
      }
    },
    outputOptions(options) {
      return {
        ...options,
        chunkFileNames: (chunk) => {
          const name = chunk.facadeModuleId ? named.get(chunk.facadeModuleId) : undefined;
          return `chunks/${name ?? (chunk.name === "rolldown-runtime" ? chunk.name : "shared")}-[hash].js`;
        },
      };
    },
  };
}

// Builds of the same entry (src/define.ts, which registers the element):
// - default: dist/stalker-help-widget.js, code only, with its lazy chunks in dist/chunks/ (LAZY_ENTRIES; each is listed
//   with its SRI hash in dist/integrity.json and loaded from the same versioned directory); records come from
//   dist/stalker-help-widget.data.<lang>.json (scripts/data-file.ts) or from api-base;
// - `--mode standalone`: dist/stalker-help-widget.standalone.js, ONE file with the code and the records of both
//   languages (an integrity hash on its script tag covers everything);
// - `--mode embed`: dist/embed.js, the iframe page's own script.
export default defineConfig(({ mode }) => {
  const standalone = mode === "standalone";
  const embed = mode === "embed";
  return {
    plugins: [
      stripSchemaAnnotations(),
      minifyWidgetCss(),
      trimTemplateIndentation(),
      ...(standalone
        ? [datasetSlices(STANDALONE_SLICES)]
        : [datasetSlices(CDN_SLICES), dataFileVariant(), ...(embed ? [] : [lazyEntries()])]),
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
        // The entry keeps its exports (TAG_NAME, defineStalkerHelpWidget, StalkerHelpWidget); chunks may add more.
        preserveEntrySignatures: "allow-extension",
        output: {
          minify: true,
          codeSplitting: !(standalone || embed),
        },
      },
    },
  };
});
