import type { Lang } from "@netstalker/data";

/** Maps a BCP 47 tag to a dataset language: en and en-* give English, anything else (or nothing) Japanese. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split("-")[0];
  if (!primary) return undefined;
  return primary === "en" ? "en" : "ja";
}

/**
 * The widget's language: its own `lang` attribute, else the nearest ancestor's (crossing shadow roots), else the
 * document's, else Japanese. Japanese is the fallback for every other language because the dataset's Japanese text is
 * the primary, verified text.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const found = toLang(node.getAttribute("lang"));
      if (found) return found;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(element.ownerDocument.documentElement.getAttribute("lang")) ?? "ja";
}
