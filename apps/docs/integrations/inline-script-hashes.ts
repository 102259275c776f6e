// The sha256 of the inline scripts Starlight's Search component renders (`<script is:inline>`, which Astro does not
// hash for the Content Security Policy itself): the policy allows exactly these, read from the installed Starlight,
// so an upgrade that changes them changes the hashes too. The built-site test checks every inline script of every
// page against that page's policy.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The components whose inline scripts the site uses (the others are replaced or unused: astro.config.ts). */
const COMPONENTS = ["@astrojs/starlight/components/Search.astro"];

type Sha256 = `sha256-${string}`;

/** sha256 CSP hash of a script's exact text. */
export function sha256(text: string): Sha256 {
  return `sha256-${createHash("sha256").update(text).digest("base64")}`;
}

/** The hashes of the `<script is:inline>` blocks of Starlight's components the site renders. */
export function starlightInlineScriptHashes(): Sha256[] {
  return COMPONENTS.flatMap((component) => {
    const source = readFileSync(require.resolve(component), "utf8");
    const scripts = [...source.matchAll(/<script is:inline>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    if (scripts.length === 0)
      throw new Error(`${component} has no inline script any more: update inline-script-hashes.ts`);
    return scripts.map(sha256);
  });
}
