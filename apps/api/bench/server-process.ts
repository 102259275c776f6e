// The server processes a bench loads: start one and wait for its address, stop it, read its CPU time.
// Shared by run.ts and compare-builds.ts. Only ever 127.0.0.1.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

/** A server process and the origin it is listening on. */
export interface ServerProcess {
  origin: string;
  child: ChildProcess;
}

/**
 * Spawns `command args` and resolves once it prints "listening on http://127.0.0.1:PORT/"; rejects, naming it as
 * `name`, if it exits first.
 */
export async function startServer(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; name: string },
): Promise<ServerProcess> {
  const child = spawn(command, args, {
    ...(options.cwd !== undefined && { cwd: options.cwd }),
    env: options.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`${options.name} exited with ${code}: ${out}`)));
  });
  return { origin, child };
}

/** Sends SIGTERM and waits for the process to exit (at once if it already has). */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;
}

/** CPU seconds a process has used: utime + stime from /proc/<pid>/stat, in clock ticks of 10 ms. */
export function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
