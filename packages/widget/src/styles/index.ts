import type { CSSResultGroup } from "lit";
import { base } from "./base.js";
import { cards } from "./cards.js";
import { disclosures } from "./disclosures.js";
import { layout } from "./layout.js";
import { media } from "./media.js";
import { reach } from "./reach.js";
import { safety } from "./safety.js";
import { tokens } from "./tokens.js";

/**
 * The widget's shadow-root styles, by concern; media overrides last so they win. `views` are the styles of the
 * panels in the lazy views module (render/views.ts), added in their place once it has loaded.
 */
export function stylesWith(views: readonly CSSResultGroup[] = []): CSSResultGroup[] {
  return [tokens, base, layout, cards, reach, disclosures, ...views, safety, media];
}

/** The styles the first card needs. */
export const styles = stylesWith();
