import { type Lang, type Localized, localize } from "@netstalker/data";
import { langFromParam, type RecordPageProps } from "./paths.js";
import { ui } from "./ui-strings.js";

/** What every record page starts from: the record, its language, the interface text and the record localized. */
export function recordPage<R>(props: RecordPageProps<R>): RecordPageProps<R> & {
  t: ReturnType<typeof ui>;
  text: Localized<R>;
} {
  return { ...props, t: ui(props.lang), text: localize(props.record, props.lang) };
}

/** What every page built once per language starts from: its language (from the `[...lang]` route) and interface text. */
export function langPage(params: { lang?: string | undefined }): { lang: Lang; t: ReturnType<typeof ui> } {
  const lang = langFromParam(params.lang);
  return { lang, t: ui(lang) };
}
