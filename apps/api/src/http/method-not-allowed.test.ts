import { describe, expect, it } from "vitest";
import { allowedMethodsFor } from "./method-not-allowed.js";

describe("allowed methods", () => {
  const allowed = allowedMethodsFor([
    { method: "ALL", path: "*" },
    { method: "GET", path: "/v1/things" },
    { method: "GET", path: "/v1/things/:id" },
    { method: "POST", path: "/v1/things" },
  ]);
  it("lists the routed methods, HEAD with GET and OPTIONS, ignoring middleware", () => {
    expect(allowed("/v1/things")).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
    expect(allowed("/v1/things/abc")).toEqual(["GET", "HEAD", "OPTIONS"]);
  });
  it("is empty for paths no route matches", () => {
    expect(allowed("/v1/other")).toEqual([]);
    expect(allowed("/v1/things/a/b")).toEqual([]);
  });
});
