// The embed guide's Svelte recipe compiled by vitest.config.ts (`virtual:svelte-recipe/ja` or `/en`).
declare module "virtual:svelte-recipe/*" {
  import type { Component } from "svelte";

  const Help: Component<{ onexit?: (event: CustomEvent<{ url: string }>) => void }>;
  export default Help;
}
