// Repository-wide checks: which files the repo holds, and the import graph of its modules.
export {
  findCycles,
  type ImportGraph,
  importGraph,
  importSpecifiers,
  isSourceFile,
  packageCycles,
  resolveRelative,
  SOURCE_EXTENSIONS,
} from "./import-graph.js";
export { repoRoot, trackedFiles, trackedFilesUnder } from "./tracked-files.js";
