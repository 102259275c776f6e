// @netstalker/data/api: TypeScript types of the netstalker-help API (every path, operation and schema of its
// OpenAPI document), for a typed client without the private API app, e.g. with openapi-fetch:
//   const api = createClient<paths>({ baseUrl }); await api.GET("/v1/contacts", { params: { query: { lang: "en" } } });
// Types only: importing this entry adds no code.
export type { components, operations, paths } from "../generated/openapi-types.js";
