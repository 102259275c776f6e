// The embed guide's framework recipes, compiled by vitest.config.ts: Svelte first, then React and Vue.
declare module "virtual:recipe/svelte/*" {
  import type { Component } from "svelte";

  const Help: Component<{ onexit?: (event: CustomEvent<{ url: string }>) => void }>;
  export default Help;
}

// The embed guide's React and Vue recipes compiled by vitest.config.ts (`virtual:recipe/react19/ja`, ...).
declare module "virtual:recipe/react19/*" {
  export function Help(props: { onExit?: (event: CustomEvent<{ url: string }>) => void }): unknown;
}
declare module "virtual:recipe/react18/*" {
  export function Help(props: { onExit?: (event: CustomEvent<{ url: string }>) => void }): unknown;
}
declare module "virtual:recipe/vue/*" {
  import type { Component } from "vue";

  const Help: Component;
  export default Help;
}
