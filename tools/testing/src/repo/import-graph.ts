// Import cycles between our own modules, found by reading import statements: no bundler, no dependency. Only
// relative imports are followed (a workspace package is a separate node: the package graph is checked apart, as
// plain package.json dependencies). `import type` edges count too: a type cycle is still two modules that cannot be
// understood one without the other.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Source files whose imports are read. */
export const SOURCE_EXTENSIONS: readonly string[] = [".ts", ".tsx", ".mts", ".js", ".mjs", ".astro"];

// import … from "x" · export … from "x" · import "x" · import("x"); comments are stripped first.
const IMPORT =
  /(?:^|[\s;}])(?:import|export)\s[^'"`;]*?\sfrom\s*["']([^"']+)["']|(?:^|[\s;])import\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

/** The script part of a file: an .astro file's frontmatter and <script> blocks, any other file whole. */
function scriptOf(file: string, text: string): string {
  if (!file.endsWith(".astro")) return text;
  const front = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  return [front, ...scripts].join("\n");
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/(^|[^:"'`\\])\/\/[^\n]*/g, "$1");
}

/** The module specifiers a source file imports, in order of appearance. */
export function importSpecifiers(file: string, text: string): string[] {
  const code = stripComments(scriptOf(file, text));
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? "").filter((s) => s !== "");
}

/** The file a relative specifier points at (TypeScript's `./x.js` → `x.ts` rule, folders by index), or null. */
export function resolveRelative(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith("./") && !specifier.startsWith("../")) return null;
  const target = path.resolve(path.dirname(fromFile), specifier.split("?")[0] ?? specifier);
  const stem = target.replace(/\.(?:js|mjs|cjs|jsx)$/, "");
  const candidates = [
    target,
    ...[".ts", ".tsx", ".mts", ".js", ".mjs", ".astro"].map((ext) => `${stem}${ext}`),
    ...["index.ts", "index.js"].map((name) => path.join(target, name)),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Module graph: each source file (absolute path) → the source files it imports. */
export type ImportGraph = Map<string, string[]>;

/** The import graph of these files; edges to files outside the set are dropped. */
export function importGraph(files: readonly string[]): ImportGraph {
  const inSet = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = importSpecifiers(file, readFileSync(file, "utf8"))
      .map((spec) => resolveRelative(file, spec))
      .filter((t): t is string => t !== null && inSet.has(t));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every cycle in a graph, as the strongly connected components with more than one member or a self-import
 * (Tarjan's algorithm), each sorted, the list sorted: stable output for a test message.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  // Iterative, so a long import chain cannot overflow the call stack.
  for (const start of graph.keys()) {
    if (order.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    order.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++] as string;
        if (!order.has(to)) {
          order.set(to, index);
          low.set(to, index++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, order.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === order.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && edges.includes(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

/** Workspace packages that depend on each other in a cycle, from their package.json files (`dir → package.json`). */
export function packageCycles(manifests: ReadonlyMap<string, string>): string[][] {
  const byName = new Map<string, string>();
  const deps = new Map<string, string[]>();
  for (const [dir, file] of manifests) {
    const pkg = JSON.parse(readFileSync(file, "utf8")) as {
      name?: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    if (pkg.name) byName.set(pkg.name, dir);
    deps.set(dir, Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies }));
  }
  const graph = new Map<string, string[]>();
  for (const [dir, names] of deps) {
    graph.set(
      dir,
      names.map((n) => byName.get(n)).filter((d): d is string => d !== undefined),
    );
  }
  return findCycles(graph);
}

/** Whether a file is a source file the import walker reads. */
export function isSourceFile(file: string): boolean {
  return SOURCE_EXTENSIONS.includes(path.extname(file)) && !file.endsWith(".d.ts");
}
