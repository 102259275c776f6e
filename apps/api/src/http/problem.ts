// RFC 9457 problem details: every error this API returns has this shape and media type.
import { z } from "@hono/zod-openapi";

/** The media type of every error response. */
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** One invalid input, as listed in a 400 problem's `errors`. */
export const InvalidParamSchema = z
  .object({
    in: z.enum(["query", "param", "json", "header", "cookie", "form"]).meta({ description: "Where the input was." }),
    name: z.string().meta({ description: "The parameter or body field (dot-separated path); empty for the whole." }),
    detail: z.string().meta({ description: "What is wrong with it." }),
  })
  .meta({ id: "InvalidParam", description: "One invalid input." });
export type InvalidParam = z.infer<typeof InvalidParamSchema>;

/** RFC 9457 problem details. */
export const ProblemSchema = z
  .object({
    type: z
      .string()
      .meta({ description: "A URI reference naming the problem type; about:blank for plain HTTP errors." }),
    title: z.string().meta({ description: "The HTTP status phrase or a short summary of the problem type." }),
    status: z.number().int().min(400).max(599).meta({ description: "The HTTP status code." }),
    detail: z.string().optional().meta({ description: "What went wrong with this request, for a person to read." }),
    errors: z.array(InvalidParamSchema).optional().meta({ description: "For 400: every invalid input." }),
  })
  .meta({ id: "Problem", description: "An error, as RFC 9457 problem details (application/problem+json)." });
export type Problem = z.infer<typeof ProblemSchema>;

const TITLES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  500: "Internal Server Error",
};

/** The standard phrase for an error status. */
export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? "Server Error" : "Client Error");
}

/** Builds a problem+json Response; errors are never cached and never carry a stack. */
export function problemResponse(
  status: number,
  detail?: string,
  extra: { errors?: InvalidParam[]; headers?: Record<string, string> } = {},
): Response {
  const body: Problem = { type: "about:blank", title: statusTitle(status), status };
  if (detail !== undefined) body.detail = detail;
  if (extra.errors !== undefined) body.errors = extra.errors;
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": PROBLEM_MEDIA_TYPE, "Cache-Control": "no-store", ...extra.headers },
  });
}

/** OpenAPI response objects for the given error statuses, all problem+json. */
export function problemResponses<const S extends readonly number[]>(...statuses: S) {
  const out = {} as Record<
    S[number],
    { description: string; content: { [PROBLEM_MEDIA_TYPE]: { schema: typeof ProblemSchema } } }
  >;
  for (const status of statuses as readonly S[number][]) {
    out[status] = { description: statusTitle(status), content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } } };
  }
  return out;
}
