// Cloudflare Workers entry: the same app, unchanged.
import { app } from "./app.js";

export default app;
