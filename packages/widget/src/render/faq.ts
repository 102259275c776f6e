import type { FaqLocalized, Lang } from "@netstalker/data";
import { html, type TemplateResult } from "lit";
import type { UiText } from "../i18n.js";
import { renderSources } from "./card-parts.js";

/** An FAQ as a native disclosure (<details>): keyboard and screen-reader support come with the element. */
export function renderFaq(faq: FaqLocalized, t: UiText, lang: Lang): TemplateResult {
  const paragraphs = faq.answer.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return html`<details part="faq" data-faq-id=${faq.id}>
    <summary>${faq.question}</summary>
    <div class="details-body" data-print>
      ${paragraphs.map((p) => html`<p>${p}</p>`)}
      <p class="meta">${t.verified(faq.verifiedAt)} · ${renderSources(faq.sources, lang)}</p>
    </div>
  </details>`;
}
