// The package's entry: the app, its type, and the typed client (client.ts depends on app.ts, never the reverse).
export { type AppType, app } from "./app.js";
export { type Client, createClient } from "./client.js";
