// The Svelte 5 recipe of the embed guide, in one place: the docs show this text, and the widget's framework test
// compiles this same text with svelte/compiler and runs it in Chromium, so the two cannot drift apart.
import type { Lang } from "@netstalker/data";

/** The comment over the exit handler, in the language of the guide's page. */
const EXIT_NOTE: Record<Lang, string> = {
  ja: "「すぐに離れる」が始まったときに呼ばれます。ページはもう exit-url へ移るところで、止められません。",
  en: "Your handler for the quick exit: the page is already leaving for exit-url, and it cannot be stopped.",
};

/** The source of `Help.svelte`: the element with the page's `lang`, the contacts view and a quick-exit listener. */
export function svelteRecipe(lang: Lang): string {
  return `<script>
  import "@netstalker/widget/define";

  // ${EXIT_NOTE[lang]}
  let { onexit = () => {} } = $props();
</script>

<stalker-help-widget lang="${lang}" view="contacts" onstalker-help-exit={onexit}></stalker-help-widget>
`;
}
