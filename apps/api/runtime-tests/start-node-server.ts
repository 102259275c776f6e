// Starts the built Node server (dist/node.js) on a free port of 127.0.0.1 for the runtime suites.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface RunningServer {
  origin: string;
  child: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Spawns `node dist/node.js` with PORT=0 and resolves once it prints the address it listens on. */
export async function startNodeServer(): Promise<RunningServer> {
  const entry = join(root, "dist", "node.js");
  if (!existsSync(entry)) throw new Error("dist/node.js is missing: run `pnpm build` in apps/api first");
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // A busy 2-core machine (a docs build and workerd beside it) has taken over 15 s to load the bundle and print.
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 45 s: ${out}`)), 45_000);
    const check = () => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", () => reject(new Error(`server exited: ${out}`)));
  });
  return {
    origin,
    child,
    output: () => out,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
