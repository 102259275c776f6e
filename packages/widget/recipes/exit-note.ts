// The comment every framework recipe of the embed guide puts over its quick-exit handler, in the page's language.
import type { Lang } from "@netstalker/data";

/** What the handler is for, and that it cannot stop the exit. */
export const EXIT_NOTE: Record<Lang, string> = {
  ja: "「すぐに離れる」が始まったときに呼ばれます。ページはもう exit-url へ移るところで、止められません。",
  en: "Your handler for the quick exit: the page is already leaving for exit-url, and it cannot be stopped.",
};
