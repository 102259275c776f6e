import starlight from "@astrojs/starlight";
import { TRIAGE_NEED_LABELS, TRIAGE_NEEDS } from "@netstalker/data";
import { defineConfig } from "astro/config";
import { siteUrl } from "../../scripts/site-url.js";
import { cacheHeaders } from "./integrations/cache-headers.js";
import { sha256, starlightInlineScriptHashes } from "./integrations/inline-script-hashes.js";
import { workspaceAssets } from "./integrations/workspace-assets.js";
import { HEAD_SCRIPT } from "./src/lib/head-script.js";
import { sidebarLabel } from "./src/lib/ui-strings.js";

/** The inline scripts the policy allows: ours in <head> (src/lib/head-script.ts) and Starlight's search dialog's. */
const INLINE_SCRIPT_HASHES = [sha256(HEAD_SCRIPT), ...starlightInlineScriptHashes()];

// Japanese at the root, English under /en/, no base path. Every record page is generated from @netstalker/data
// by the routes in src/pages/[...lang]/; the prose pages live in src/content/docs/.
export default defineConfig({
  // NETSTALKER_SITE_URL (scripts/site-url.ts). Without it Astro and Starlight emit no canonical links, no sitemap
  // and no absolute self-URL at all, rather than a guessed domain.
  site: siteUrl(),
  trailingSlash: "always",
  // No third-party requests at run time: no telemetry, no prefetch from other origins, no remote fonts.
  devToolbar: { enabled: false },
  // A Content Security Policy in a <meta> on every page, with the hashes of the scripts and styles Astro bundles:
  // only the site's own files run and load. Pagefind's search runs WebAssembly ('wasm-unsafe-eval'). Directives a
  // <meta> cannot carry (frame-ancestors) are in public/_headers, for hosts that read it. Inline style attributes are
  // allowed; inline scripts only by hash.
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPT_HASHES },
      // style="" attributes (Starlight's icons set their size that way) may not run code; <style> elements stay hashed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: "attribute" }] },
    },
  },
  vite: {
    build: {
      rollupOptions: {
        // zod 4.6 puts explanatory comments where Rollup expects a /* @__PURE__ */ annotation; Rollup drops the
        // comment and warns on every build. The code is unaffected, so only that warning, only from zod, is dropped:
        // any other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === "INVALID_ANNOTATION" && /[\\/]zod[\\/]/.test(warning.id ?? "")) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    workspaceAssets(),
    cacheHeaders(),
    starlight({
      title: { ja: "ネットストーカー相談ガイド", en: "Online Stalking Help" },
      description: "ネットストーカー・ネット上のつきまといの相談窓口と対処法 / Help for online stalking in Japan",
      defaultLocale: "root",
      locales: {
        root: { label: "日本語", lang: "ja" },
        en: { label: "English", lang: "en" },
      },
      customCss: ["./src/styles/site.css"],
      // No page of this site tells the next one where the person came from: not a link, not the quick exit.
      head: [{ tag: "meta", attrs: { name: "referrer", content: "no-referrer" } }],
      // The quick exit on every page, right after the skip link (src/components/QuickExit.astro).
      // Nothing is written to storage (a trace of the visit on the device): the theme follows the OS with no picker,
      // and the sidebar keeps no state between pages (ThemeProvider, ThemeSelect and Sidebar overrides).
      components: {
        SkipLink: "./src/components/QuickExit.astro",
        ThemeProvider: "./src/components/ThemeProvider.astro",
        ThemeSelect: "./src/components/ThemeSelect.astro",
        Sidebar: "./src/components/Sidebar.astro",
      },
      // Wrapped code has no scrolling region, so keyboard users never meet an unfocusable scroll box.
      expressiveCode: { defaultProps: { wrap: true } },
      lastUpdated: false,
      pagefind: true,
      sidebar: [
        {
          label: "助けを求める",
          translations: { en: "Get help" },
          items: [
            { label: "はじめに", translations: { en: "Start here" }, link: "/" },
            {
              label: "どこに相談するか(トリアージ)",
              translations: { en: "Where to start (triage)" },
              link: "/triage/",
            },
            {
              label: "困りごと別",
              translations: { en: "By situation" },
              collapsed: true,
              // One page per need, labelled from the data's own need labels.
              items: TRIAGE_NEEDS.map((need) => ({
                label: TRIAGE_NEED_LABELS[need].ja,
                translations: { en: TRIAGE_NEED_LABELS[need].en },
                link: `/triage/${need}/`,
              })),
            },
            { ...sidebarLabel("contactsTitle"), link: "/contacts/" },
            { ...sidebarLabel("remediesTitle"), link: "/remedies/" },
            { ...sidebarLabel("platformsTitle"), link: "/platforms/" },
            { ...sidebarLabel("documentsTitle"), link: "/documents/" },
            { ...sidebarLabel("faqsTitle"), link: "/faqs/" },
            { slug: "safety" },
          ],
        },
        {
          label: "導入する方へ",
          translations: { en: "For partners" },
          items: [
            { slug: "embed" },
            { slug: "embed-anywhere" },
            { slug: "partner-kit" },
            { slug: "threat-model" },
            { ...sidebarLabel("apiTitle"), link: "/api/" },
            { ...sidebarLabel("schemasTitle"), link: "/schemas/" },
            { ...sidebarLabel("changelogTitle"), link: "/changelog/" },
            { slug: "report-a-problem" },
          ],
        },
      ],
    }),
  ],
});
