// What a client generator needs beyond what the routes declare: an operationId for every operation and the
// response headers every data answer carries. Applied to the generated document in one place, so routes written
// by anyone get them too; a route that names its own operationId keeps it.

/** operationIds of the routes that do not declare one, by `METHOD path`. */
export const OPERATION_IDS: Readonly<Record<string, string>> = {
  "GET /healthz": "getHealth",
  "GET /v1/contacts": "listContacts",
  "GET /v1/contacts/{id}": "getContact",
  "GET /v1/remedies": "listRemedies",
  "GET /v1/remedies/{id}": "getRemedy",
  "GET /v1/faqs": "listFaqs",
  "GET /v1/faqs/{id}": "getFaq",
  "GET /v1/platforms": "listPlatforms",
  "GET /v1/platforms/{id}": "getPlatform",
  "GET /v1/search": "search",
  "GET /v1/triage": "triage",
  "POST /v1/triage": "triageWithText",
  "GET /v1/schemas/{name}": "getSchema",
  "GET /v1/changes": "listChanges",
};

interface Header {
  description: string;
  schema: { type: "string" };
}
const header = (description: string): Header => ({ description, schema: { type: "string" } });

const ETAG = header("Strong validator of this answer: send it back in If-None-Match to get 304 while it is current.");
const CACHE_CONTROL = header(
  "How long caches may keep this answer: data answers are public with stale-while-revalidate; search answers are private; health, POST and error answers are no-store.",
);
const VARY = header(
  "The request headers this answer depends on: Accept-Language (and Accept-Encoding where the server compresses).",
);
const CONTENT_LANGUAGE = header("The language of every text in the answer (ja or en).");

type Operation = {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  responses?: Record<string, { headers?: Record<string, unknown> }>;
};
type Document = { paths?: Record<string, Record<string, Operation>> };

/** Adds operationIds and the ETag/Cache-Control/Vary/Content-Language response headers to `doc`, in place. */
export function decorateDocument<D extends object>(doc: D): D {
  for (const [path, operations] of Object.entries((doc as Document).paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      operation.operationId ??= OPERATION_IDS[`${method.toUpperCase()} ${path}`];
      const negotiated = operation.parameters?.some((p) => p.in === "query" && p.name === "lang") ?? false;
      const ok = operation.responses?.["200"];
      if (ok) {
        ok.headers = {
          ETag: ETAG,
          "Cache-Control": CACHE_CONTROL,
          ...(negotiated && { "Content-Language": CONTENT_LANGUAGE, Vary: VARY }),
          ...ok.headers,
        };
      }
      const notModified = operation.responses?.["304"];
      if (notModified)
        notModified.headers = { ETag: ETAG, "Cache-Control": CACHE_CONTROL, Vary: VARY, ...notModified.headers };
    }
  }
  return doc;
}
