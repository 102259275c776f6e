// Rewrites packages/data/src/api/openapi-types.ts from the current OpenAPI document (see client-types.ts).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { CLIENT_TYPES_FILE, clientTypes } from "./client-types.js";

await mkdir(dirname(CLIENT_TYPES_FILE), { recursive: true });
await writeFile(CLIENT_TYPES_FILE, await clientTypes());
console.log(`client types: wrote ${CLIENT_TYPES_FILE}`);
