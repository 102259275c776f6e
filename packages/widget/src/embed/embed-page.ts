// The script of the embed page (dist/embed.html, GET /embed on the API): a page holding only the widget, for
// partners whose CMS allows an <iframe> but strips <script>. It configures the widget from the query string and,
// when the partner names its origin (`parent-origin`), tells that origin the page's height ONCE, as soon as the first
// records are on screen. Nothing it posts depends on what the person does: a height that followed the page would
// change with the tab opened and the words typed (the emergency line appears for some words), and any script on the
// partner page (analytics, ads) could read it. After that first message the frame keeps its size and scrolls inside.
import { embedAttributes, parentOrigin } from "./embed-params.js";

/** The message the embed page posts to `parent-origin` once, when its first records are on screen. */
export const HEIGHT_MESSAGE = "stalker-help-widget:height";

/** Builds the widget from the page's query string and, with `parent-origin`, reports the first height to it. */
export function startEmbedPage(doc: Document = document): HTMLElement {
  const attributes = embedAttributes(doc.location.search);
  doc.documentElement.lang = attributes.lang;
  // CSSOM, not a <style> element: the page's CSP allows no inline styles.
  doc.body.style.margin = "0";
  const el = doc.createElement("stalker-help-widget") as HTMLElement & { data?: unknown };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : value);
  }
  // Set by the page itself (the API's embed page points at its own origin), never by the query string.
  const apiBase = doc.body.dataset.apiBase;
  if (apiBase) el.setAttribute("api-base", apiBase);
  doc.body.append(el);
  const target = parentOrigin(doc.location.search);
  const parent = doc.defaultView?.parent;
  if (!target || !parent || parent === doc.defaultView) return el;
  // The first layout with records on screen, before the person can have opened a tab or typed: the tabs and the
  // form only exist once records are there. Measured once; the observer is then dropped.
  const observer = new ResizeObserver(() => {
    if (el.data === undefined) return;
    observer.disconnect();
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, target);
  });
  observer.observe(doc.documentElement);
  return el;
}

startEmbedPage();
