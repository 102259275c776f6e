// Request parameter schemas shared by several routes.
import { z } from "@hono/zod-openapi";
import { IdSchema, LangSchema } from "@netstalker/data";
import { LANG_DESCRIPTION } from "./envelope.js";

/** `?lang=` alone; any other query parameter is refused so typos do not silently widen an answer. */
export const LangQuerySchema = z.strictObject({ lang: LangSchema.optional().meta({ description: LANG_DESCRIPTION }) });

/** `{id}` path parameter with an example. */
export function idParams(example: string) {
  return z.object({ id: IdSchema.meta({ param: { name: "id", in: "path" }, example }) });
}
