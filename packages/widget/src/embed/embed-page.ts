// The script of the embed page (dist/embed.html, GET /embed on the API): a page holding only the widget, for
// partners whose CMS allows an <iframe> but strips <script>. It configures the widget from the query string and
// tells the embedding page its height, so the frame can be sized without a scroll bar.
import { embedAttributes } from "./embed-params.js";

/** The message the embed page posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = "stalker-help-widget:height";

/** Builds the widget from the page's query string and starts reporting the page height to the parent. */
export function startEmbedPage(doc: Document = document): HTMLElement {
  const attributes = embedAttributes(doc.location.search, doc.baseURI);
  doc.documentElement.lang = attributes.lang;
  // CSSOM, not a <style> element: the page's CSP allows no inline styles.
  doc.body.style.margin = "0";
  const el = doc.createElement("stalker-help-widget");
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : value);
  }
  // Set by the page itself (the API's embed page points at its own origin), never by the query string.
  const apiBase = doc.body.dataset.apiBase;
  if (apiBase) el.setAttribute("api-base", apiBase);
  doc.body.append(el);
  let last = -1;
  const report = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    // "*": the height is not a secret, and the embedding page's origin is not known to us.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  };
  new ResizeObserver(report).observe(doc.documentElement);
  return el;
}

startEmbedPage();
