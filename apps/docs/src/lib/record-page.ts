import { type Localized, localize } from "@netstalker/data";
import type { RecordPageProps } from "./paths.js";
import { ui } from "./ui-strings.js";

/** What every record page starts from: the record, its language, the interface text and the record localized. */
export function recordPage<R>(props: RecordPageProps<R>): RecordPageProps<R> & {
  t: ReturnType<typeof ui>;
  text: Localized<R>;
} {
  return { ...props, t: ui(props.lang), text: localize(props.record, props.lang) };
}
