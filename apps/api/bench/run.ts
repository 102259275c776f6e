// `pnpm bench`: the Node API vs a bare node:http server returning the same bytes, the 304 path, and a soak.
// Prints figures; asserts nothing. Only ever targets 127.0.0.1.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import autocannon from "autocannon";
import { cpuSeconds, type ServerProcess, startServer, stopServer } from "./server-process.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = 50;
// On a 2-core machine the load generator and the server fight for the same cores, and the numbers swing with
// whichever wins; pinning the servers to CPU 0 and the load tools to CPU 1 makes runs comparable (BENCH_PIN=0: off).
const PIN = process.env.BENCH_PIN !== "0" && cpus().length >= 2 && hasTaskset();

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const PATH = "/v1/contacts?lang=ja";
/** What a browser sends; the API replays its cached brotli variant (adapter/node/compression.ts). */
const ACCEPT_ENCODING = "br, gzip";

/** The raw (still encoded) bytes and headers of a GET with Accept-Encoding: fetch() would decode them. */
function getEncoded(url: string): Promise<{ headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": ACCEPT_ENCODING } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) {
          if (typeof v === "string" && !["date", "connection", "keep-alive", "content-length"].includes(k))
            headers[k] = v;
        }
        resolve({ headers, body: Buffer.concat(chunks) });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function start(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  return startServer(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, name: "server" });
}

function rssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

interface Cannon {
  reqPerSec: number;
  errors: number;
  non2xx: number;
}

async function cannon(
  url: string,
  seconds: number,
  opts: { headers?: Record<string, string>; requests?: { path: string }[] } = {},
): Promise<Cannon> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    ...(opts.headers && { headers: opts.headers }),
    ...(opts.requests && { requests: opts.requests }),
  });
  return {
    reqPerSec: result.requests.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

interface Wrk {
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  cpuMicros: number;
}

function toMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  return m[2] === "us" ? n / 1000 : m[2] === "s" ? n * 1000 : n;
}

async function wrk(server: ServerProcess, path: string, seconds: number, header?: string): Promise<Wrk> {
  const url = `${server.origin}${path}`;
  const cpuBefore = cpuSeconds(server.child.pid);
  const args = [
    PIN ? "-t1" : "-t2",
    `-c${CONNECTIONS}`,
    `-d${seconds}s`,
    "--latency",
    ...(header ? ["-H", header] : []),
    url,
  ];
  const { stdout } = PIN
    ? await promisify(execFile)("taskset", ["-c", "1", "wrk", ...args])
    : await promisify(execFile)("wrk", args);
  const requests = Number(/(\d+) requests in/.exec(stdout)?.[1]);
  return {
    requests,
    cpuMicros: ((cpuSeconds(server.child.pid) - cpuBefore) / requests) * 1e6,
    reqPerSec: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]),
    p50: toMs(/\s50%\s+(\S+)/.exec(stdout)?.[1] ?? ""),
    p99: toMs(/\s99%\s+(\S+)/.exec(stdout)?.[1] ?? ""),
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  if (PIN) execFileSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" });
  const tmp = mkdtempSync(join(tmpdir(), "netstalker-bench-"));
  const api = await start([join(root, "dist", "node.js")], { HOST: "127.0.0.1", PORT: "0" });
  try {
    const first = await fetch(`${api.origin}${PATH}`);
    const body = await first.text();
    const headers: Record<string, string> = {};
    first.headers.forEach((v, k) => {
      if (!["date", "connection", "keep-alive", "content-length"].includes(k)) headers[k] = v;
    });
    const etag = headers.etag ?? "";
    const file = join(tmp, "response.json");
    writeFileSync(file, JSON.stringify({ headers, body }));
    const bare = await start(["--import", "tsx", join(root, "bench", "bare-server.ts")], { BARE_RESPONSE: file });
    // The brotli variant the API sends a browser, captured raw, and a bare server replaying those same bytes.
    const encoded = await getEncoded(`${api.origin}${PATH}`);
    const encodedFile = join(tmp, "response-br.json");
    writeFileSync(
      encodedFile,
      JSON.stringify({ headers: encoded.headers, bodyBase64: encoded.body.toString("base64") }),
    );
    const bareEncoded = await start(["--import", "tsx", join(root, "bench", "bare-server.ts")], {
      BARE_RESPONSE: encodedFile,
    });
    const minimal = await start(["--import", "tsx", join(root, "bench", "hono-minimal-server.ts")], {
      BARE_RESPONSE: file,
    });
    // The same API with its Node response cache off: every request goes through Hono and the full middleware.
    const uncached = await start([join(root, "dist", "node.js")], {
      HOST: "127.0.0.1",
      PORT: "0",
      API_RESPONSE_CACHE: "off",
    });

    console.log(`netstalker-help API benchmark: ${new Date().toISOString()}`);
    console.log(
      `machine: ${cpus().length} x ${cpus()[0]?.model.trim()}, ${fmt(totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}`,
    );
    console.log(`route: GET ${PATH} (${fmt(Buffer.byteLength(body))} bytes, ${Object.keys(headers).length} headers)`);
    console.log(
      `load: ${CONNECTIONS} connections, ${SECONDS} s per run, after a 2 s warm-up; best of 2 alternating rounds; 127.0.0.1 only`,
    );
    console.log(
      PIN
        ? "pinning: servers on CPU 0, autocannon and wrk (1 thread) on CPU 1\n"
        : "pinning: off (servers and load tools share the cores; wrk 2 threads)\n",
    );

    try {
      // Warm both servers (JIT, the serialise-once cache).
      await cannon(`${api.origin}${PATH}`, 2);
      await cannon(`${bare.origin}${PATH}`, 2);
      await cannon(`${minimal.origin}${PATH}`, 2);
      await cannon(`${uncached.origin}${PATH}`, 2);
      await cannon(`${bareEncoded.origin}${PATH}`, 2);

      // Two alternating rounds, best of each: the machine is shared, so a single run can catch someone else's build.
      const best = <T extends { reqPerSec: number }>(a: T, b: T) => (a.reqPerSec >= b.reqPerSec ? a : b);
      let acApi = await cannon(`${api.origin}${PATH}`, SECONDS);
      let acBare = await cannon(`${bare.origin}${PATH}`, SECONDS);
      let wrkApi = await wrk(api, PATH, SECONDS);
      let wrkBare = await wrk(bare, PATH, SECONDS);
      acBare = best(acBare, await cannon(`${bare.origin}${PATH}`, SECONDS));
      acApi = best(acApi, await cannon(`${api.origin}${PATH}`, SECONDS));
      wrkBare = best(wrkBare, await wrk(bare, PATH, SECONDS));
      wrkApi = best(wrkApi, await wrk(api, PATH, SECONDS));
      const acUncached = await cannon(`${uncached.origin}${PATH}`, SECONDS);
      const wrkUncached = await wrk(uncached, PATH, SECONDS);
      const acMinimal = await cannon(`${minimal.origin}${PATH}`, SECONDS);
      const wrkMinimal = await wrk(minimal, PATH, SECONDS);
      // Compressed (one round each, to keep the run short): the API asked as a browser asks, against bare serving
      // the same uncompressed bytes (above) and bare serving the API's precompressed brotli bytes.
      const encodingHeaders = { "accept-encoding": ACCEPT_ENCODING };
      const acApiBr = await cannon(`${api.origin}${PATH}`, SECONDS, { headers: encodingHeaders });
      const wrkApiBr = await wrk(api, PATH, SECONDS, `Accept-Encoding: ${ACCEPT_ENCODING}`);
      const acBareBr = await cannon(`${bareEncoded.origin}${PATH}`, SECONDS);
      const wrkBareBr = await wrk(bareEncoded, PATH, SECONDS);
      const ac304 = await cannon(`${api.origin}${PATH}`, SECONDS, { headers: { "if-none-match": etag } });
      const wrk304 = await wrk(api, PATH, SECONDS, `If-None-Match: ${etag}`);

      const rows = [
        ["API (Node entry, shareable answers replayed by its response cache)", acApi, wrkApi],
        ["API, every request through Hono and the full middleware (API_RESPONSE_CACHE=off)", acUncached, wrkUncached],
        ["bare node:http, same bytes", acBare, wrkBare],
        ["minimal Hono (1 route, no middleware), same bytes", acMinimal, wrkMinimal],
        [
          `API, Accept-Encoding: ${ACCEPT_ENCODING} (${encoded.headers["content-encoding"] ?? "identity"} variant replayed)`,
          acApiBr,
          wrkApiBr,
        ],
        [`bare node:http, the same ${encoded.headers["content-encoding"] ?? "identity"} bytes`, acBareBr, wrkBareBr],
        ["API, 304 (If-None-Match)", ac304, wrk304],
      ] as const;
      console.log(
        "| server | autocannon req/s | wrk req/s | wrk p50 ms | wrk p99 ms | server CPU µs/req (wrk) | errors | non-2xx |",
      );
      console.log("|---|---|---|---|---|---|---|---|");
      for (const [name, ac, w] of rows) {
        console.log(
          `| ${name} | ${fmt(ac.reqPerSec)} | ${fmt(w.reqPerSec)} | ${fmt(w.p50, 2)} | ${fmt(w.p99, 2)} | ${fmt(w.cpuMicros, 1)} | ${ac.errors} | ${ac.non2xx} |`,
        );
      }
      console.log(
        `\nratio API / bare: autocannon ${fmt(acApi.reqPerSec / acBare.reqPerSec, 2)}, wrk ${fmt(wrkApi.reqPerSec / wrkBare.reqPerSec, 2)} (target >= 0.93); p99 ratio ${fmt(wrkApi.p99 / wrkBare.p99, 2)} (target <= 1.2)`,
      );
      console.log(
        `ratio API without response cache / bare: wrk ${fmt(wrkUncached.reqPerSec / wrkBare.reqPerSec, 2)}; / minimal Hono: ${fmt(wrkUncached.reqPerSec / wrkMinimal.reqPerSec, 2)}`,
      );
      console.log(
        `CPU-cost ratio bare / API: ${fmt(wrkBare.cpuMicros / wrkApi.cpuMicros, 2)}; bare / minimal Hono: ${fmt(wrkBare.cpuMicros / wrkMinimal.cpuMicros, 2)} (the req/s ratios a dedicated core would give; steadier than req/s on a busy machine)`,
      );
      console.log(
        `compressed (${encoded.headers["content-encoding"] ?? "identity"}, ${fmt(encoded.body.byteLength)} bytes): API / bare uncompressed: autocannon ${fmt(acApiBr.reqPerSec / acBare.reqPerSec, 2)}, wrk ${fmt(wrkApiBr.reqPerSec / wrkBare.reqPerSec, 2)}; API / bare precompressed: autocannon ${fmt(acApiBr.reqPerSec / acBareBr.reqPerSec, 2)}, wrk ${fmt(wrkApiBr.reqPerSec / wrkBareBr.reqPerSec, 2)}; CPU-cost ratio bare precompressed / API: ${fmt(wrkBareBr.cpuMicros / wrkApiBr.cpuMicros, 2)}`,
      );
      console.log(`(the 304 run's non-2xx are the 304s themselves: ${ac304.non2xx})`);
    } finally {
      await stopServer(bare);
      await stopServer(bareEncoded);
      await stopServer(minimal);
      await stopServer(uncached);
    }

    // Soak: a mix of the data routes for SOAK_SECONDS, memory measured before and after.
    const requests = [
      "/v1/contacts?lang=ja",
      "/v1/contacts?lang=en&category=police",
      "/v1/contacts?open=now",
      "/v1/remedies?lang=en",
      "/v1/faqs",
      `/v1/search?q=${encodeURIComponent("人権")}`,
      "/v1/triage?need=talk&lang=en",
      "/healthz",
    ].map((path) => ({ path }));
    // Long enough for the heap to reach its working size, so growth measured after it is growth, not warm-up.
    await cannon(api.origin, 10, { requests });
    const rssStart = rssMiB(api.child.pid);
    const soak = await cannon(api.origin, SOAK_SECONDS, { requests });
    const rssEnd = rssMiB(api.child.pid);
    console.log(
      `\nsoak ${SOAK_SECONDS} s, ${requests.length} routes in rotation: ${fmt(soak.reqPerSec)} req/s, errors ${soak.errors}, non-2xx ${soak.non2xx}; RSS ${fmt(rssStart, 1)} MiB -> ${fmt(rssEnd, 1)} MiB (${rssEnd >= rssStart ? "+" : ""}${fmt(((rssEnd - rssStart) / rssStart) * 100, 1)} %, target < 10 %)`,
    );
  } finally {
    await stopServer(api);
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
