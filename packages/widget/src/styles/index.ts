import { base } from "./base.js";
import { cards } from "./cards.js";
import { disclosures } from "./disclosures.js";
import { forms } from "./forms.js";
import { layout } from "./layout.js";
import { media } from "./media.js";
import { safety } from "./safety.js";
import { tokens } from "./tokens.js";
import { removal, triage } from "./triage.js";

/** The widget's shadow-root styles, by concern; media overrides last so they win. */
export const styles = [tokens, base, layout, cards, disclosures, forms, triage, removal, safety, media];
