declare module "virtual:netstalker/openapi" {
  /** The API's OpenAPI document, asked of the Hono app in-process at build time, or why it is not available. */
  export function loadOpenApiDocument(): Promise<{ doc: unknown; error: null } | { doc: null; error: string }>;
}
