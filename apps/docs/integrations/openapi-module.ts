/** The part of Vite's plugin context this plugin uses. */
interface ResolveContext {
  resolve(id: string, importer?: string, options?: { skipSelf?: boolean }): Promise<{ id: string } | null>;
}
/** The Vite plugin hooks this module implements (structurally a Vite plugin; vite is not a direct dependency). */
interface VirtualModulePlugin {
  name: string;
  resolveId(id: string): string | null;
  load(this: ResolveContext, id: string): Promise<string | null>;
}

const ID = "virtual:netstalker/openapi";
const RESOLVED = `\0${ID}`;

/**
 * `virtual:netstalker/openapi` exports `loadOpenApiDocument()`, which asks the API's Hono app for /openapi.json
 * in-process at build time. Vite bundles @netstalker/api into the build when it resolves; when the API package has
 * no entry yet, the module reports why instead, so the rest of the site still builds (and the docs tests fail).
 */
export function openApiModule(): VirtualModulePlugin {
  return {
    name: "netstalker-openapi-module",
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      let reason: string | null = null;
      try {
        const resolved = await this.resolve("@netstalker/api", undefined, { skipSelf: true });
        if (!resolved) reason = "@netstalker/api cannot be resolved";
      } catch (error) {
        reason = `@netstalker/api cannot be resolved: ${(error as Error).message.split("\n")[0]}`;
      }
      if (reason !== null) {
        return `export async function loadOpenApiDocument() { return { doc: null, error: ${JSON.stringify(reason)} }; }`;
      }
      return [
        `import { app } from "@netstalker/api";`,
        "export async function loadOpenApiDocument() {",
        `  const response = await app.request("/openapi.json");`,
        '  if (!response.ok) throw new Error("the API answered " + response.status + " to GET /openapi.json");',
        "  return { doc: await response.json(), error: null };",
        "}",
      ].join("\n");
    },
  };
}
