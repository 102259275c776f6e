// @netstalker/widget/quick-exit: the widget's quick exit for a page without the widget (the docs site uses it). The
// same destination check, the same way of leaving (the current history entry replaced, the whole tab when framed),
// the same Shift ×3 that ignores IME composition, and the same words in Japanese and English. No Lit, no element.

export {
  DEFAULT_EXIT_URL,
  httpUrl,
  leavePage,
  restoreReferrer,
  type ShiftExitCallbacks,
  watchShiftExit,
} from "./controllers/page-exit.js";
export { type QuickExitText, quickExitText } from "./i18n.js";
