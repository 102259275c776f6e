// 406 Not Acceptable for clients that say they cannot take JSON.

/** True when an Accept header admits one of `types` (a missing header admits anything). */
export function accepts(header: string | undefined, types: readonly string[]): boolean {
  if (!header) return true;
  for (const part of header.split(",")) {
    const [rangeRaw = "", ...params] = part.split(";");
    const range = rangeRaw.trim().toLowerCase();
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    if (range === "") continue;
    if (range === "*/*") return true;
    for (const type of types) {
      if (range === type || (range.endsWith("/*") && type.startsWith(range.slice(0, -1)))) return true;
    }
  }
  return false;
}
