// The embed page's HTML, shared by dist/embed.html and the API's GET /embed (through @netstalker/widget/embed-assets).

/** Options for {@link embedHtml}. */
export interface EmbedHtmlOptions {
  /** The widget script, relative to the page (e.g. `stalker-help-widget.js`). */
  widgetScript: string;
  /** The embed page script, relative to the page (`embed.js`). */
  embedScript: string;
  /** Live data from this API base (the API's own embed page); none for the static page. */
  apiBase?: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The policy the page runs under. `frame-ancestors` only works as an HTTP header (hosts serving dist/embed.html
 * should send `Content-Security-Policy: frame-ancestors *` and no X-Frame-Options); the rest also works in <meta>.
 * Trusted Types: Lit renders through its own policy, named `lit-html`; no other policy is allowed.
 */
export const EMBED_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** A page holding only the widget; configured by its own script from the query string. */
export function embedHtml({ widgetScript, embedScript, apiBase }: EmbedHtmlOptions): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="${EMBED_CSP}">
<title>相談できる窓口 / Where to get help</title>
<script type="module" src="${escapeAttr(widgetScript)}"></script>
<script type="module" src="${escapeAttr(embedScript)}"></script>
</head>
<body${apiBase ? ` data-api-base="${escapeAttr(apiBase)}"` : ""}></body>
</html>
`;
}
