import type { FaqLocalized } from "@netstalker/data";
import { html, type TemplateResult } from "lit";
import type { UiText } from "../i18n.js";

/** An FAQ as a native disclosure (<details>): keyboard and screen-reader support come with the element. */
export function renderFaq(faq: FaqLocalized, t: UiText): TemplateResult {
  const paragraphs = faq.answer.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return html`<details part="faq" data-faq-id=${faq.id}>
    <summary>${faq.question}</summary>
    <div class="details-body" data-print>
      ${paragraphs.map((p) => html`<p>${p}</p>`)}
      <p class="meta">
        ${t.verified(faq.verifiedAt)} ·
        ${faq.sources.map(
          (s, i) => html`${i > 0 ? t.listSeparator : ""}<a href=${s.url} rel="noopener noreferrer">${s.title}</a>`,
        )}
      </p>
    </div>
  </details>`;
}
