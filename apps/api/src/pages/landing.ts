// The page at / for someone who just ran `pnpm start`: what this is, the live widget, example calls, links.
import { contacts, dataVersion, faqs, remedies } from "@netstalker/data";
import { WIDGET_PATH } from "../routes/assets.js";

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function example(path: string, what: string): string {
  const href = escapeHtml(path);
  return `<li><a href="${href}"><code>GET ${href}</code></a> <span>${escapeHtml(what)}</span></li>`;
}

/** Builds the landing page HTML (once: it depends only on the data). */
export function landingPage(widgetAvailable: boolean): string {
  const contactId = contacts[0]?.id;
  const remedyId = remedies[0]?.id;
  const faqId = faqs[0]?.id;
  const examples = [
    example("/v1/contacts?lang=en", "every consultation window, in English"),
    example(
      "/v1/contacts?lang=ja&open=now",
      "only the windows open now (Japan time); hours that vary are not counted as open",
    ),
    example("/v1/contacts?category=police&lang=en", "filter by category, audience, service or urgency"),
    contactId ? example(`/v1/contacts/${contactId}?lang=en`, "one window by id") : "",
    example("/v1/remedies?kind=coping&lang=en", "what to do now; also legal-action and prevention"),
    example("/v1/platforms?lang=en", "the platforms' own removal routes, with what to know before filing"),
    remedyId ? example(`/v1/remedies/${remedyId}`, "one remedy, in Japanese (the default)") : "",
    example("/v1/faqs?lang=en", "questions people ask"),
    faqId ? example(`/v1/faqs/${faqId}?lang=en`, "one answer") : "",
    example(`/v1/search?q=${encodeURIComponent("人権")}`, "search; Japanese needs no spaces"),
    example("/v1/triage?need=remove-posts&need=identify-poster&lang=en", "where to turn, ranked, with reasons"),
    example("/v1/schemas/contact", "the JSON Schema of a contact record"),
    example("/healthz", "health and data version"),
  ].join("\n        ");
  const widget = widgetAvailable
    ? `<stalker-help-widget lang="ja" view="triage"></stalker-help-widget>
      <script type="module" src="${WIDGET_PATH}"></script>`
    : `<p class="note">The widget bundle is not built yet. Run <code>pnpm build</code> at the repository root, then restart.</p>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <link rel="icon" href="data:," />
    <title>netstalker-help API</title>
    <style>
      :root { color-scheme: light dark; font-family: system-ui, "Noto Sans CJK JP", sans-serif; line-height: 1.6; }
      body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 4rem; }
      h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
      h2 { font-size: 1.2rem; margin-top: 2rem; }
      .lede { margin-top: 0; }
      code { font-family: ui-monospace, "Noto Sans Mono CJK JP", monospace; font-size: 0.92em; }
      pre { overflow-x: auto; padding: 0.75rem 1rem; border-radius: 6px; background: color-mix(in srgb, currentColor 8%, transparent); }
      ul.calls { padding-left: 1.1rem; }
      ul.calls li { margin: 0.35rem 0; }
      ul.calls span { display: block; font-size: 0.92em; opacity: 0.8; }
      a { color: LinkText; }
      .note { padding: 0.75rem 1rem; border-left: 4px solid GrayText; }
      footer { margin-top: 3rem; font-size: 0.9em; opacity: 0.85; }
    </style>
  </head>
  <body>
    <main>
      <h1>netstalker-help API</h1>
      <p class="lede">ネットストーカー被害の相談窓口・対処法・よくある質問を、検証済みのデータで返すAPIです。<br />
      Verified, bilingual (Japanese/English) help for people stalked or harassed online in Japan: consultation
      windows with their hours and "open now", legal measures, coping and prevention, and FAQs. Data version
      <code>${escapeHtml(dataVersion)}</code>.</p>

      <h2>Example calls</h2>
      <ul class="calls">
        ${examples}
      </ul>
      <pre><code>curl -s 'http://127.0.0.1:8787/v1/contacts?lang=en&amp;open=now'
curl -s -X POST 'http://127.0.0.1:8787/v1/triage?lang=en' \\
  -H 'Content-Type: application/json' -d '{"danger":false,"needs":["talk"]}'</code></pre>

      <h2>Reference</h2>
      <ul>
        <li><a href="/reference">API reference</a> (interactive, served from this server)</li>
        <li><a href="/openapi.json">OpenAPI 3.1 document</a></li>
      </ul>
      <p>Every answer is JSON: lists are <code>{ data, meta: { count, lang, dataVersion } }</code>, records
      <code>{ data, meta }</code>, errors RFC 9457 <code>application/problem+json</code>. Language comes from
      <code>?lang=</code>, then <code>Accept-Language</code>, default Japanese. Answers carry strong ETags.</p>

      <h2>The widget, live</h2>
      <p>What partners embed with one script tag (here showing its triage view; without <code>view</code> it shows everything):</p>
      ${widget}
      <pre><code>&lt;script type="module" src="${escapeHtml(WIDGET_PATH)}"&gt;&lt;/script&gt;
&lt;stalker-help-widget lang="ja" view="triage"&gt;&lt;/stalker-help-widget&gt;</code></pre>
    </main>
    <footer>
      <p>This server logs no queries, sets no cookies and makes no request to any other site.</p>
    </footer>
  </body>
</html>
`;
}
