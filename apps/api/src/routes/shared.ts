// State shared by the data routes: the one serialised-body cache and the problem helpers they return.
import type { TypedResponse } from "hono";
import { type Problem, problemResponse } from "../http/problem.js";
import { SerialisedCache } from "../http/serialised.js";

/** Bodies that depend only on (route, lang, filter), serialised once per process or isolate. */
export const bodies = new SerialisedCache(2048);

/** A 404 problem for a record id that does not exist. */
export function recordNotFound(kind: string, id: string): TypedResponse<Problem, 404, "json"> {
  return problemResponse(404, `No ${kind} has the id "${id}".`) as unknown as TypedResponse<Problem, 404, "json">;
}
