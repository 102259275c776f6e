// Rewrites packages/data/openapi.json from the app's current OpenAPI document (see openapi-document.ts).
import { writeFile } from "node:fs/promises";
import { OPENAPI_DOCUMENT_FILE, openApiDocumentText } from "./openapi-document.js";

await writeFile(OPENAPI_DOCUMENT_FILE, await openApiDocumentText());
console.log(
  `openapi document: wrote ${OPENAPI_DOCUMENT_FILE}; \`pnpm --filter @netstalker/data generate\` makes its types`,
);
