// The Vue 3 recipe of the embed guide, in one place: the docs show this text, and the widget's framework test
// compiles this same single-file component with vue/compiler-sfc (with the isCustomElement option the first line
// names) and runs it in Chromium.
import type { Lang } from "@netstalker/data";
import { EXIT_NOTE } from "./exit-note.js";

/** The Vite option Vue needs to leave the tag to the browser, as the recipe's first line shows it. */
export const VUE_IS_CUSTOM_ELEMENT = (tag: string): boolean => tag === "stalker-help-widget";

/** The source of `Help.vue`: the element with the page's `lang`, the contacts view and a quick-exit event. */
export function vueRecipe(lang: Lang): string {
  return `<!-- vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === "stalker-help-widget" } } }) -->
<script setup>
import "@netstalker/widget/define";

// ${EXIT_NOTE[lang]}
const emit = defineEmits(["exit"]);
</script>

<template>
  <stalker-help-widget lang="${lang}" view="contacts" @stalker-help-exit="emit('exit', $event)" />
</template>
`;
}
