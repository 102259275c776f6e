// The values the widget's `view` and `theme` attributes accept, in a module of their own (no Lit, no element): the
// element and the embed page's small query check share these lists.

/** The panels, in tab order. */
export const PANELS = ["contacts", "remedies", "faq", "triage", "documents"] as const;
/** One panel of the widget. */
export type Panel = (typeof PANELS)[number];
/** The views the widget can show; `all` shows the panels as tabs. */
export const VIEWS = [...PANELS, "all"] as const;
/** One of {@link VIEWS}. */
export type View = (typeof VIEWS)[number];
/** The colour themes: `light` (the default), `dark`, or `auto` (follows the OS). */
export const THEMES = ["light", "dark", "auto"] as const;
/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];
