// The embed page's query parameters, checked one by one: an unknown or malformed value falls back to the safe
// default and is never copied into the page as it was given.
import type { Lang } from "@netstalker/data";
import { DEFAULT_LANG } from "@netstalker/data/query";
import { listedExitUrl } from "../controllers/exit-destinations.js";
import { THEMES, type Theme, VIEWS, type View } from "../options.js";
import { toLang } from "../resolve-lang.js";

/** The widget attributes an embed page sets, all validated. */
export interface EmbedAttributes {
  lang: Lang;
  view: View;
  theme: Theme;
  category?: string;
  audience?: string;
  compact: boolean;
  "exit-url": string;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/** Space-separated kebab-case tokens (`police human-rights`); anything else is dropped. */
function tokens(value: string | null): string | undefined {
  const list = (value ?? "").split(/[\s,]+/).filter((t) => /^[a-z][a-z0-9-]{0,40}$/.test(t));
  return list.length ? list.slice(0, 20).join(" ") : undefined;
}

/** Reads `?lang=&view=&category=&audience=&theme=&compact=&exit-url=` into validated widget attributes. */
export function embedAttributes(search: string): EmbedAttributes {
  const q = new URLSearchParams(search);
  const compact = q.get("compact");
  return {
    lang: toLang(q.get("lang")) ?? DEFAULT_LANG,
    view: oneOf(q.get("view"), VIEWS, "all"),
    theme: oneOf(q.get("theme"), THEMES, "light"),
    category: tokens(q.get("category")),
    audience: tokens(q.get("audience")),
    compact: compact !== null && compact !== "0" && compact !== "false",
    // Only a destination shipped with the widget: any other address in a link would make this page an open
    // redirect (and a javascript: or data: URL would run in the frame when the exit is pressed).
    "exit-url": listedExitUrl(q.get("exit-url")),
  };
}

/**
 * The `parent-origin` the partner names (its page's own https origin), or null when it is missing or not exactly an
 * http(s) origin (no path, query or credentials). The embed page posts messages to that origin only: with "*" any
 * page that frames it, and any script on that page, could read them.
 */
export function parentOrigin(search: string): string | null {
  const value = new URLSearchParams(search).get("parent-origin");
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    // Exactly an origin: an origin followed by a path is refused rather than trimmed, so a typo is noticed.
    return url.origin === value.replace(/\/$/, "") ? url.origin : null;
  } catch {
    return null;
  }
}
