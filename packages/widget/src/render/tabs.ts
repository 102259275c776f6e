import { html, nothing, type TemplateResult } from "lit";
import type { UiText } from "../i18n.js";
import { PANELS, type Panel } from "../options.js";

/** What the tab list needs. */
export interface TabsContext {
  t: UiText;
  active: Panel;
  select: (panel: Panel, focus: boolean) => void;
  panel: (panel: Panel) => TemplateResult | typeof nothing;
}

/** The tab a key moves to (arrows wrap, Home and End), or undefined for other keys. */
export function tabFor(key: string, active: Panel): Panel | undefined {
  const index = PANELS.indexOf(active);
  const moves: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowLeft: index - 1,
    Home: 0,
    End: PANELS.length - 1,
  };
  const target = moves[key];
  return target === undefined ? undefined : PANELS[(target + PANELS.length) % PANELS.length];
}

/** An ARIA tab list (roving tabindex, arrow keys) over the four panels. */
export function renderTabs(ctx: TabsContext): TemplateResult {
  const { t, active } = ctx;
  const onKeydown = (event: KeyboardEvent) => {
    const next = tabFor(event.key, active);
    if (!next) return;
    event.preventDefault();
    ctx.select(next, true);
  };
  return html`<div class="tabs" role="tablist" aria-label=${t.viewsLabel} data-screen-only>
      ${PANELS.map(
        (panel) =>
          html`<button
            type="button"
            class="tab"
            part="tab"
            role="tab"
            id=${`tab-${panel}`}
            aria-controls=${`panel-${panel}`}
            aria-selected=${active === panel ? "true" : "false"}
            tabindex=${active === panel ? "0" : "-1"}
            @click=${() => ctx.select(panel, false)}
            @keydown=${onKeydown}
          >
            ${t.tabs[panel]}
          </button>`,
      )}
    </div>
    ${PANELS.map((panel) => {
      const shown = active === panel;
      // The contacts panel is always in the document (hidden when another tab is chosen) so that printing shows
      // the list whichever tab is open; other panels are rendered only while chosen.
      if (!shown && panel !== "contacts") return nothing;
      return html`<div
        class="panel"
        role="tabpanel"
        id=${`panel-${panel}`}
        aria-labelledby=${`tab-${panel}`}
        ?hidden=${!shown}
        ?data-print=${panel === "contacts"}
      >
        ${ctx.panel(panel)}
      </div>`;
    })}`;
}
