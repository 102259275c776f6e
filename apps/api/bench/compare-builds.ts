// `tsx bench/compare-builds.ts <a/node.js> <b/node.js>`: two builds of the Node server side by side, every request
// through the app (API_RESPONSE_CACHE=off), loaded in turn A B A B … so both see the same moments of a shared
// machine. Prints req/s and the server's CPU time per request for each; asserts nothing. Only targets 127.0.0.1.
import { execFile } from "node:child_process";
import { parseArgs, promisify } from "node:util";
import { cpuSeconds, type ServerProcess, startServer } from "./server-process.js";

const [fileA, fileB] = parseArgs({ allowPositionals: true }).positionals;
if (!fileA || !fileB) {
  console.error("usage: tsx bench/compare-builds.ts <build A node.js> <build B node.js>");
  process.exit(2);
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PATH = "/v1/contacts?lang=ja";

function start(file: string): Promise<ServerProcess> {
  return startServer("taskset", ["-c", "0", process.execPath, file], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", API_RESPONSE_CACHE: "off" },
    name: file,
  });
}

async function load(server: ServerProcess): Promise<{ rps: number; cpu: number }> {
  const before = cpuSeconds(server.child.pid);
  const args = ["-c", "1", "wrk", "-t1", "-c50", `-d${SECONDS}s`, `${server.origin}${PATH}`];
  const { stdout } = await promisify(execFile)("taskset", args);
  const requests = Number(/(\d+) requests in/.exec(stdout)?.[1]);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]),
    cpu: ((cpuSeconds(server.child.pid) - before) / requests) * 1e6,
  };
}

const a = await start(fileA);
const b = await start(fileB);
try {
  for (const s of [a, b]) await load({ ...s }); // warm-up: JIT and the serialise-once cache
  const results: { a: { rps: number; cpu: number }; b: { rps: number; cpu: number } }[] = [];
  for (let i = 0; i < ROUNDS; i++) results.push({ a: await load(a), b: await load(b) });
  console.log(`GET ${PATH}, uncached, ${ROUNDS} rounds of ${SECONDS} s, A then B; servers on CPU 0, wrk on CPU 1`);
  console.log("| round | A req/s | A CPU µs/req | B req/s | B CPU µs/req | B/A req/s | A/B CPU |");
  console.log("|---|---|---|---|---|---|---|");
  results.forEach(({ a: ra, b: rb }, i) => {
    console.log(
      `| ${i + 1} | ${ra.rps.toFixed(0)} | ${ra.cpu.toFixed(1)} | ${rb.rps.toFixed(0)} | ${rb.cpu.toFixed(1)} | ${(rb.rps / ra.rps).toFixed(2)} | ${(ra.cpu / rb.cpu).toFixed(2)} |`,
    );
  });
} finally {
  a.child.kill("SIGTERM");
  b.child.kill("SIGTERM");
}
