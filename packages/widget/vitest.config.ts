import { realpathSync } from "node:fs";
import { playwright } from "@vitest/browser-playwright";
import { compile } from "svelte/compiler";
import { defineConfig } from "vitest/config";
// The workspace's Chromium from @netstalker/testing, by relative path: Vitest bundles this config with every bare
// import left external, and Node cannot load that package's TypeScript source by itself.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tools/testing/src/chromium.js";
import { svelteRecipe } from "./recipes/svelte.js";

// React 18 for the framework tests lives under the alias react18/react-dom18; pnpm links react-dom 18 to the
// package's own React (19) as its peer, so "react" imported from inside react-dom 18 is sent to React 18 here.
const REACT18 = realpathSync("node_modules/react18");
const REACT_DOM18 = realpathSync("node_modules/react-dom18");
/** Sends `react` imported from inside react-dom 18 to React 18 (in the dependency optimizer, which bundles both). */
const react18 = {
  name: "netstalker:react18",
  resolveId(source: string, importer: string | undefined) {
    if (!importer?.startsWith(REACT_DOM18) || source !== "react") return null;
    return `${REACT18}/index.js`;
  },
};

const SVELTE_RECIPE = "virtual:svelte-recipe/";
/**
 * Serves the docs' Svelte recipe compiled for the browser: `virtual:svelte-recipe/en` is `svelteRecipe("en")` run
 * through svelte/compiler, exactly the text the embed guide shows (no Svelte plugin needed for one component).
 */
const svelteRecipeModule = {
  name: "netstalker:svelte-recipe",
  resolveId(source: string) {
    return source.startsWith(SVELTE_RECIPE) ? `\0${source}` : null;
  },
  load(id: string) {
    if (!id.startsWith(`\0${SVELTE_RECIPE}`)) return null;
    const lang = id.slice(SVELTE_RECIPE.length + 1);
    if (lang !== "ja" && lang !== "en") throw new Error(`${id}: the recipe's language must be ja or en`);
    const { js, warnings } = compile(svelteRecipe(lang), { filename: `Help.${lang}.svelte`, generate: "client" });
    // A warning (an unknown attribute, a deprecated syntax) means the recipe would teach partners something wrong.
    if (warnings.length > 0)
      throw new Error(`the Svelte recipe compiles with warnings: ${warnings.map((w) => w.message).join("; ")}`);
    return js.code;
  },
};

export default defineConfig({
  plugins: [svelteRecipeModule],
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
        },
      },
    ],
  },
});
