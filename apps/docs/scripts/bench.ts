// Prints how long `astro build` takes for the whole site (target: under 60 s on 2 cores).
import { spawnSync } from "node:child_process";
import { builtPages } from "../test/built-site.js";

const started = performance.now();
const result = spawnSync("astro", ["build"], { stdio: ["ignore", "ignore", "inherit"], shell: false });
const seconds = (performance.now() - started) / 1000;
if (result.status !== 0) {
  console.error(`astro build failed (exit ${result.status})`);
  process.exit(1);
}
const pages = builtPages().length;
console.log(
  `docs build: ${seconds.toFixed(1)} s wall for ${pages} pages (${((seconds * 1000) / pages).toFixed(0)} ms/page); target < 60 s`,
);
