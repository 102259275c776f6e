// React 18 under an alias, for the framework tests: typed with the installed React types (the API used is the same).
declare module "react18" {
  import * as React from "react";
  export = React;
}
declare module "react-dom18/client" {
  export * from "react-dom/client";
}
declare module "vue/dist/vue.esm-bundler.js" {
  export * from "vue";
}
