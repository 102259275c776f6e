import type { Lang } from "@netstalker/data";

/** The part of a remedy the diagram needs. */
export interface GraphInput {
  id: string;
  next: readonly string[];
}
export interface PlacedNode {
  id: string;
  /** Row of the picture, top to bottom: the longest chain of `next` links leading to it. */
  layer: number;
  /** Position within its layer, left to right. */
  row: number;
}
export interface GraphEdge {
  from: string;
  to: string;
  /** True when the link points back to an earlier or the same column (a cycle in the data). */
  back: boolean;
}
export interface GraphLayout {
  nodes: PlacedNode[];
  edges: GraphEdge[];
  layers: number;
  rows: number;
}

/**
 * Lays out remedies' `next` links top to bottom: only remedies that take part in a link are drawn, each in the
 * column of the longest chain that leads to it (cycles are broken at the link that closes them), rows ordered by
 * the mean row of their predecessors so that lines cross less. Deterministic: the same data gives the same picture.
 */
export function layoutRemedyGraph(items: readonly GraphInput[]): GraphLayout {
  const known = new Set(items.map((i) => i.id));
  const links = items.flatMap((i) =>
    i.next.filter((to) => known.has(to) && to !== i.id).map((to) => ({ from: i.id, to })),
  );
  const involved = items.map((i) => i.id).filter((id) => links.some((l) => l.from === id || l.to === id));

  // Depth-first search in data order marks links that close a cycle; the rest form a DAG.
  const state = new Map<string, "open" | "done">();
  const backLinks = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, "open");
    for (const l of links.filter((x) => x.from === id)) {
      const s = state.get(l.to);
      if (s === "open") backLinks.add(`${l.from}>${l.to}`);
      else if (s === undefined) visit(l.to);
    }
    state.set(id, "done");
  };
  // Start from the remedies fewest links lead to, so cycles break where a reader would start.
  const indegree = (id: string) => links.filter((l) => l.to === id).length;
  const roots = involved
    .map((id, index) => ({ id, index }))
    .sort((a, b) => indegree(a.id) - indegree(b.id) || a.index - b.index);
  for (const { id } of roots) if (!state.has(id)) visit(id);
  const forward = links.filter((l) => !backLinks.has(`${l.from}>${l.to}`));

  const layer = new Map<string, number>();
  const layerOf = (id: string): number => {
    const cached = layer.get(id);
    if (cached !== undefined) return cached;
    const preds = forward.filter((l) => l.to === id);
    const value = preds.length === 0 ? 0 : Math.max(...preds.map((p) => layerOf(p.from))) + 1;
    layer.set(id, value);
    return value;
  };
  for (const id of involved) layerOf(id);
  const layers = involved.length === 0 ? 0 : Math.max(...involved.map((id) => layer.get(id) ?? 0)) + 1;

  const row = new Map<string, number>();
  for (let col = 0; col < layers; col++) {
    const inCol = involved.filter((id) => layer.get(id) === col);
    const weight = (id: string, index: number): number => {
      const predRows = forward.filter((l) => l.to === id).map((l) => row.get(l.from) ?? 0);
      return predRows.length === 0 ? index : predRows.reduce((a, b) => a + b, 0) / predRows.length;
    };
    const ordered = inCol
      .map((id, index) => ({ id, w: weight(id, index), index }))
      .sort((a, b) => a.w - b.w || a.index - b.index);
    for (const [r, o] of ordered.entries()) row.set(o.id, r);
  }

  const nodes = involved.map((id) => ({ id, layer: layer.get(id) ?? 0, row: row.get(id) ?? 0 }));
  const edges = links.map((l) => ({ ...l, back: (layer.get(l.to) ?? 0) <= (layer.get(l.from) ?? 0) }));
  const rows = nodes.length === 0 ? 0 : Math.max(...nodes.map((n) => n.row)) + 1;
  return { nodes, edges, layers, rows };
}

/** Splits a label into at most `maxLines` lines: Japanese by characters, other text by words. */
export function wrapLabel(text: string, lang: Lang, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  if (lang === "ja") {
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i += maxChars) lines.push(chars.slice(i, i + maxChars).join(""));
  } else {
    let current = "";
    for (const word of text.split(/\s+/)) {
      if (current && `${current} ${word}`.length > maxChars) {
        lines.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    if (current) lines.push(current);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
