// Tells 405 (the path exists, the method does not) from 404 (no such path), with the Allow header for 405.

interface RouteEntry {
  method: string;
  path: string;
}

function patternToRegExp(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => {
      if (segment.startsWith(":")) return "[^/]+";
      if (segment === "*") return ".*";
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${source}$`);
}

/** Builds a lookup from a path to the methods routed for it (HEAD with GET, OPTIONS always). */
export function allowedMethodsFor(routes: readonly RouteEntry[]): (path: string) => string[] {
  const compiled = routes
    .filter((r) => r.method !== "ALL")
    .map((r) => ({ method: r.method.toUpperCase(), re: patternToRegExp(r.path) }));
  return (path) => {
    const methods = new Set<string>();
    for (const { method, re } of compiled) if (re.test(path)) methods.add(method);
    if (methods.size === 0) return [];
    if (methods.has("GET")) methods.add("HEAD");
    methods.add("OPTIONS");
    return [...methods].sort();
  };
}
