import type { Lang } from "@netstalker/data";
import { DEFAULT_LANG, LANGS } from "@netstalker/data/query";

/** Maps a BCP 47 tag to a dataset language: a dataset language and its subtags (en-GB) give it, anything else Japanese. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split("-")[0];
  if (!primary) return undefined;
  return LANGS.find((lang) => lang === primary) ?? DEFAULT_LANG;
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
  return toLang(element.ownerDocument.documentElement.getAttribute("lang")) ?? DEFAULT_LANG;
}
