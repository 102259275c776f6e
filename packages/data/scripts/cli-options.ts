// Command-line options of the package's scripts, read with node:util parseArgs: `--name=value` or `--name value`,
// a bare `--` ignored (pnpm passes it through), anything unknown refused with the script's usage line.
import { type ParseArgsOptionsConfig, parseArgs } from "node:util";

/** The options `argv` gives, by `config`; throws `unknown option "--x": <usage>` on anything else. */
export function readOptions<C extends ParseArgsOptionsConfig>(argv: readonly string[], config: C, usage: string) {
  try {
    return parseArgs({
      args: argv.filter((arg) => arg !== "--"),
      options: config,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'([^']+)'/.exec(message)?.[1];
    throw new Error(`${option ? `unknown option ${JSON.stringify(option)}` : message}: ${usage}`);
  }
}
