// The Svelte 5 recipe of the embed guide, in one place: the docs show this text, and the widget's framework test
// compiles this same text with svelte/compiler and runs it in Chromium, so the two cannot drift apart.
import type { Lang } from "@netstalker/data";
import { EXIT_NOTE } from "./exit-note.js";

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
