import { realpathSync } from "node:fs";
import { playwright } from "@vitest/browser-playwright";
import { compile } from "svelte/compiler";
import { transformWithOxc } from "vite";
import { defineConfig } from "vitest/config";
import { compileScript, parse } from "vue/compiler-sfc";
// The workspace's Chromium from @netstalker/testing, by relative path: Vitest bundles this config with every bare
// import left external, and Node cannot load that package's TypeScript source by itself.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tools/testing/src/chromium.js";
import { react18Recipe, reactRecipe } from "./recipes/react.js";
import { svelteRecipe } from "./recipes/svelte.js";
import { VUE_IS_CUSTOM_ELEMENT, vueRecipe } from "./recipes/vue.js";

// React 18 for the framework tests lives under the alias react18/react-dom18; pnpm links react-dom 18 to the
// package's own React (19) as its peer, so "react" imported from inside react-dom 18 is sent to React 18 here.
const REACT18 = realpathSync("node_modules/react18");
const REACT_DOM18 = realpathSync("node_modules/react-dom18");
/** Sends `react` imported from inside react-dom 18 or react18 to React 18 (in the dependency optimizer, which bundles them). */
const react18 = {
  name: "netstalker:react18",
  resolveId(source: string, importer: string | undefined) {
    // From react-dom 18, and from React 18's own JSX runtime (its jsx-runtime requires "react" by name).
    if (!(importer?.startsWith(REACT_DOM18) || importer?.startsWith(REACT18)) || source !== "react") return null;
    return `${REACT18}/index.js`;
  },
};

const RECIPE = "virtual:recipe/";
/** `@netstalker/widget/react` as a React 18 app gets it: the same component, bound to that app's React. */
const REACT18_BINDING = "\0virtual:recipe-react18-binding";

function recipeLang(id: string, rest: string): "ja" | "en" {
  if (rest !== "ja" && rest !== "en") throw new Error(`${id}: the recipe's language must be ja or en`);
  return rest;
}

/**
 * Serves the embed guide's framework recipes compiled for the browser, from the exact text the guide shows:
 * `virtual:recipe/react19/en` (TSX, automatic runtime of React 19), `virtual:recipe/react18/en` (automatic runtime
 * of React 18, and `@netstalker/widget/react` bound to React 18 as in a React 18 app), `virtual:recipe/vue/en`
 * (the single-file component through vue/compiler-sfc, with the isCustomElement option its first line names) and
 * `virtual:recipe/svelte/en` (through svelte/compiler; no framework plugin is needed for one component each).
 */
const frameworkRecipes = {
  name: "netstalker:framework-recipes",
  // Before Vite's resolver, which would otherwise resolve @netstalker/widget/react itself (to React 19's binding).
  enforce: "pre" as const,
  resolveId(source: string, importer: string | undefined) {
    if (source.startsWith(RECIPE)) return `\0${source}`;
    if (source === "@netstalker/widget/react" && importer?.startsWith(`\0${RECIPE}react18/`)) return REACT18_BINDING;
    return null;
  },
  async load(id: string) {
    if (id === REACT18_BINDING) {
      return `import * as React18 from "react18";\nimport { createStalkerHelp } from "${realpathSync("src/react.ts")}";\nexport const StalkerHelp = createStalkerHelp(React18);\n`;
    }
    if (!id.startsWith(`\0${RECIPE}`)) return null;
    const [kind, rest = ""] = id.slice(RECIPE.length + 1).split("/");
    const lang = recipeLang(id, rest);
    if (kind === "react19" || kind === "react18") {
      const source = kind === "react19" ? reactRecipe(lang) : react18Recipe(lang);
      const importSource = kind === "react19" ? "react" : "react18";
      const out = await transformWithOxc(source, `Help.${kind}.${lang}.tsx`, {
        jsx: { runtime: "automatic", importSource },
      });
      return out.code;
    }
    if (kind === "vue") {
      const { descriptor, errors } = parse(vueRecipe(lang), { filename: `Help.${lang}.vue` });
      if (errors.length > 0) throw new Error(`the Vue recipe does not parse: ${errors.map(String).join("; ")}`);
      const script = compileScript(descriptor, {
        id: `help-${lang}`,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: VUE_IS_CUSTOM_ELEMENT } },
      });
      return script.content;
    }
    if (kind === "svelte") {
      const { js, warnings } = compile(svelteRecipe(lang), { filename: `Help.${lang}.svelte`, generate: "client" });
      // A warning (an unknown attribute, a deprecated syntax) means the recipe would teach partners something wrong.
      if (warnings.length > 0) {
        throw new Error(`the Svelte recipe compiles with warnings: ${warnings.map((w) => w.message).join("; ")}`);
      }
      return js.code;
    }
    throw new Error(`${id}: no such recipe`);
  },
};

export default defineConfig({
  plugins: [frameworkRecipes],
  test: {
    projects: [
      {
        // Component tests inside real headless Chromium. The browser runs in Los Angeles time on purpose: every
        // open-now expectation is then checked from a timezone other than Japan's (and other than the machine's).
        extends: true,
        optimizeDeps: {
          include: [
            "react18",
            "react-dom18/client",
            "vue/dist/vue.esm-bundler.js",
            "vue",
            "react18/jsx-runtime",
            "react/jsx-runtime",
            "svelte",
            "svelte/internal/client",
            "svelte/internal/disclose-version",
          ],
          rolldownOptions: { plugins: [react18] },
        },
        test: {
          name: "browser",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.e2e.test.ts"],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: "chromium" }],
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
              contextOptions: { timezoneId: "America/Los_Angeles", locale: "en-US" },
            }),
          },
        },
      },
      {
        // Whole-page tests: the built self-contained bundle on plain HTML pages served from 127.0.0.1, driven by
        // Playwright (hostile page, CSP, API down, quick exit navigation, privacy, timezones).
        extends: true,
        test: {
          name: "e2e",
          include: ["src/**/*.e2e.test.ts", "test/**/*.e2e.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // What a page does after its first card (the details file, the views chunk, folds drawn while printing)
          // takes seconds on a loaded two-core CI machine; Vitest's 1 s default for expect.poll failed there.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
