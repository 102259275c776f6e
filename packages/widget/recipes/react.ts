// The React recipes of the embed guide, in one place: the docs show these texts, and the widget's framework test
// compiles these same texts (TSX, automatic JSX runtime) and runs them in Chromium, under React 19 and React 18.
import type { Lang } from "@netstalker/data";
import { EXIT_NOTE } from "./exit-note.js";

const EXIT_HANDLER = "{ onExit = () => {} }: { onExit?: (event: CustomEvent<{ url: string }>) => void }";

/** React 19: the element written directly in JSX, typed by `@netstalker/widget/jsx`. */
export function reactRecipe(lang: Lang): string {
  return `// React 19 renders custom elements directly; this import types the tag and its events.
import "@netstalker/widget/define";
import type {} from "@netstalker/widget/jsx";

// ${EXIT_NOTE[lang]}
export function Help(${EXIT_HANDLER}) {
  return <stalker-help-widget lang="${lang}" exit-url="https://www.jma.go.jp/" onstalker-help-exit={onExit} />;
}
`;
}

/** React 18 (and 19): the component built with @lit/react, `@netstalker/widget/react`. */
export function react18Recipe(lang: Lang): string {
  return `// React 18 (and 19): a component built with @lit/react.
import { StalkerHelp } from "@netstalker/widget/react";

// ${EXIT_NOTE[lang]}
export function Help(${EXIT_HANDLER}) {
  return <StalkerHelp lang="${lang}" view="contacts" onExit={onExit} />;
}
`;
}
