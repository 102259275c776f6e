// Helpers for the in-memory tests (not part of the app).
import { app } from "./app.js";
import { PROBLEM_MEDIA_TYPE, type Problem } from "./http/problem.js";

/** Sends a request to the app in memory. */
export function request(path: string, init?: RequestInit): Promise<Response> {
  return Promise.resolve(app.request(path, init));
}

/** Requests `path` and returns the parsed JSON body, failing unless the status is `status`. */
export async function getJson<T>(path: string, init?: RequestInit, status = 200): Promise<{ res: Response; body: T }> {
  const res = await request(path, init);
  const text = await res.text();
  if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status}: ${text.slice(0, 300)}`);
  return { res, body: JSON.parse(text) as T };
}

/** Asserts the response is an RFC 9457 problem with this status, and returns it. */
export async function expectProblem(res: Response, status: number): Promise<Problem> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text.slice(0, 300)}`);
  if (res.headers.get("content-type") !== PROBLEM_MEDIA_TYPE) {
    throw new Error(`expected ${PROBLEM_MEDIA_TYPE}, got ${res.headers.get("content-type")}`);
  }
  const body = JSON.parse(text) as Problem;
  if (body.status !== status || typeof body.title !== "string" || typeof body.type !== "string") {
    throw new Error(`not a problem document: ${text}`);
  }
  if (/\bat .*\.(ts|js):\d+/.test(text)) throw new Error(`problem leaks a stack: ${text}`);
  return body;
}
