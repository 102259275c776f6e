// The triage view in Chromium: every need, relationship and audience; the free-text box with its promise; what was
// understood as removable chips; results with their reasons; the removal path; and the words never leaving the page.
import "./define.js";
import dataset from "@netstalker/data/dataset.json" with { type: "json" };
import {
  AUDIENCE_LABELS,
  CRISIS_LABEL,
  createTriage,
  LANGS,
  RELATIONSHIP_LABELS,
  RELATIONSHIPS,
  TRIAGE_ASK_LABELS,
  TRIAGE_AUDIENCES,
  TRIAGE_NEED_LABELS,
  TRIAGE_NEEDS,
} from "@netstalker/data/query";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { uiText } from "./i18n.js";
import { mount, text } from "./test-support/fixtures.js";

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Types into the free-text box as a person does, and waits until the chips are drawn. */
async function type(root: ShadowRoot, el: HTMLElement & { updateComplete: Promise<boolean> }, words: string) {
  const box = root.querySelector<HTMLTextAreaElement>("#triage-text");
  if (!box) throw new Error("no free-text box");
  box.value = words;
  box.dispatchEvent(new Event("input", { bubbles: true }));
  await vi.waitFor(() => expect(root.querySelector(".understood")).not.toBeNull(), { timeout: 15_000 });
  await vi.waitFor(() =>
    expect(
      root.querySelector(".understood .chips, .understood .asks, .understood [data-nothing-understood]"),
    ).not.toBeNull(),
  );
  await el.updateComplete;
}

async function submit(root: ShadowRoot) {
  root.querySelector<HTMLButtonElement>("button[type=submit]")?.click();
  await vi.waitFor(() => expect(root.querySelector("#triage-results")).not.toBeNull(), { timeout: 15_000 });
}

describe.each(LANGS)("triage view in %s", (lang) => {
  const t = uiText(lang);

  it("offers every need, every relationship and every audience (with data labels), and the visible promise", async () => {
    const { root } = await mount({ lang, view: "triage" });
    const choices = [...root.querySelectorAll(".choice")].map((c) => text(c));
    for (const need of TRIAGE_NEEDS) expect(choices).toContain(TRIAGE_NEED_LABELS[need][lang]);
    for (const r of RELATIONSHIPS) expect(choices).toContain(RELATIONSHIP_LABELS[r][lang]);
    for (const a of TRIAGE_AUDIENCES) expect(choices).toContain(AUDIENCE_LABELS[a][lang]);
    const promise = root.querySelector("#triage-promise");
    expect(text(promise)).toBe(t.triageTextPromise);
    expect(text(promise)).toBe(
      lang === "ja" ? "入力した内容はこのページの外に送られません" : "Nothing you type leaves this page",
    );
    expect(root.querySelector("#triage-text")?.getAttribute("aria-describedby")).toBe("triage-promise");
    // The form has no action: it can never be sent as a URL.
    expect(root.querySelector("form")?.hasAttribute("action")).toBe(false);
  });
});

describe("free text, understood locally", () => {
  it("shows what was understood as chips; removing one changes the ranking; results keep their reasons", async () => {
    const { el, root } = await mount({ lang: "ja", view: "triage" });
    // Read as personal information and an ex, nothing else ("さらされた", and "SNSで書かれた" since interpret-acts.ts,
    // also read as posts to remove, and removing one chip would leave the removal path to the other).
    await type(root, el, "元カレに住所を特定された");
    const chips = () => [...root.querySelectorAll<HTMLElement>(".chip")].map((c) => c.dataset.chip);
    expect(chips()).toContain("need:personal-info");
    expect(chips()).toContain("relationship:ex-partner");
    await submit(root);
    const reasons = [...root.querySelectorAll("#panel-triage .triage-results .reason, .triage-results .reason")];
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(text(r).length).toBeGreaterThan(0);
    // Removal path: the caution comes before the first platform route.
    const removal = root.querySelector(".triage-results .removal");
    expect(removal).not.toBeNull();
    const caution = removal?.querySelector(".caution");
    const firstPlatform = removal?.querySelector(".platform");
    expect(
      caution && firstPlatform && caution.compareDocumentPosition(firstPlatform) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(text(caution)).toContain("投稿者");
    for (const a of removal?.querySelectorAll("a[href]") ?? [])
      expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    // Removing the chip drops the need: no removal path once nothing asks for it.
    root.querySelector<HTMLButtonElement>('[data-chip="need:personal-info"] .chip-remove')?.click();
    await vi.waitFor(() => expect(chips()).not.toContain("need:personal-info"));
    await vi.waitFor(() => expect(root.querySelector(".triage-results .removal")).toBeNull());
    expect(root.querySelector('[data-chip="need:personal-info"]')).toBeNull();
  });

  it("has no axe violations with text, chips, results and the removal path on screen", async () => {
    const { el, root } = await mount({ lang: "ja", view: "triage" });
    await type(root, el, "元カレにSNSで住所をさらされた");
    await submit(root);
    const result = await axe.run(el, { resultTypes: ["violations"] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  it("danger words set danger: the emergency line appears at once and 110 comes first", async () => {
    const { el, root } = await mount({ lang: "ja", view: "triage" });
    await type(root, el, "元彼が家の前で待ち伏せしている");
    expect(root.querySelector('[data-chip="danger"]')).not.toBeNull();
    expect(root.querySelector("form [part~=emergency]")).not.toBeNull();
    await submit(root);
    const first = root.querySelector<HTMLElement>(".triage-results [part~=card]");
    expect(first?.dataset.contactId).toBe("police-emergency-110");
    expect(text(first?.querySelector(".reason")).length).toBeGreaterThan(0);
  });

  it("never sends the words, even with api-base, never puts them in a URL, and forgets them on pagehide", async () => {
    const secret = "元カレにリベンジポルノをばらまかれた zq7secret";
    const sent: string[] = [];
    const realFetch = window.fetch.bind(window);
    vi.spyOn(window, "fetch").mockImplementation(async (input, init) => {
      sent.push(`${String(input instanceof Request ? input.url : input)} ${String(init?.body ?? "")}`);
      return realFetch(input, init);
    });
    const beacon = vi.spyOn(navigator, "sendBeacon");
    const { el, root } = await mount({
      lang: "ja",
      view: "triage",
      "api-base": "http://127.0.0.1:9/",
      "fetch-timeout": "500",
    });
    await type(root, el, secret);
    await submit(root);
    expect(root.querySelector(".triage-results")).not.toBeNull();
    const resources = performance.getEntriesByType("resource").map((e) => decodeURIComponent(e.name));
    for (const line of [...sent, ...resources, location.href, document.referrer]) {
      expect(line).not.toContain("zq7secret");
      expect(line).not.toContain("リベンジポルノ");
    }
    expect(sent.some((s) => s.includes("/v1/triage"))).toBe(false);
    expect(beacon).not.toHaveBeenCalled();
    window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true }));
    await el.updateComplete;
    expect(root.querySelector<HTMLTextAreaElement>("#triage-text")?.value ?? "").toBe("");
    expect(root.querySelector(".chip")).toBeNull();
    expect(root.querySelector(".triage-results")).toBeNull();
  });
});

/** Whether the form's own box (or radio) for an answer is checked. */
function checked(root: ShadowRoot, key: string): boolean | undefined {
  return root.querySelector<HTMLInputElement>(`input[data-answer="${key}"]`)?.checked;
}
const chipKeys = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>("[data-chip]")].map((c) => c.dataset.chip);

describe("chips and form: one state", () => {
  it("an understood answer checks its box; unchecking the box removes the chip; removing a chip unchecks the box", async () => {
    const { el, root } = await mount({ lang: "ja", view: "triage" });
    await type(root, el, "元カレに住所を特定された");
    expect(chipKeys(root)).toEqual(["need:personal-info", "relationship:ex-partner"]);
    expect(checked(root, "need:personal-info")).toBe(true);
    expect(checked(root, "relationship:ex-partner")).toBe(true);
    // Each chip says what its box says, and which words led to it.
    const chip = root.querySelector('[data-chip="need:personal-info"]');
    expect(text(chip?.querySelector(".chip-text"))).toContain(TRIAGE_NEED_LABELS["personal-info"].ja);
    expect(text(chip?.querySelector(".because"))).toContain("住所");

    // The box, unchecked by the person: the chip goes, and the same words do not bring it back.
    root.querySelector<HTMLInputElement>('input[data-answer="need:personal-info"]')?.click();
    await el.updateComplete;
    expect(chipKeys(root)).not.toContain("need:personal-info");
    expect(checked(root, "need:personal-info")).toBe(false);
    await type(root, el, "元カレに住所を特定された。");
    expect(checked(root, "need:personal-info")).toBe(false);

    // The chip, removed: its radio is unchecked ("rather not say" is chosen again).
    root.querySelector<HTMLButtonElement>('[data-chip="relationship:ex-partner"] .chip-remove')?.click();
    await el.updateComplete;
    expect(checked(root, "relationship:ex-partner")).toBe(false);
    expect(chipKeys(root)).toEqual([]);

    // A box the person checks is their answer: checked, and no chip.
    root.querySelector<HTMLInputElement>('input[data-answer="need:remove-posts"]')?.click();
    await el.updateComplete;
    expect(checked(root, "need:remove-posts")).toBe(true);
    expect(chipKeys(root)).toEqual([]);
  });

  it("in danger now and threatened with harm are two chips with two wordings, each checking its own answer", async () => {
    const { el, root } = await mount({ lang: "ja", view: "triage" });
    const t = uiText("ja");
    await type(root, el, "いま家の前にいる。殺すと脅されている");
    expect(chipKeys(root)).toEqual(expect.arrayContaining(["danger", "need:threats"]));
    expect(text(root.querySelector('[data-chip="danger"] .chip-text'))).toContain(t.dangerChip);
    expect(text(root.querySelector('[data-chip="need:threats"] .chip-text'))).toContain(TRIAGE_NEED_LABELS.threats.ja);
    expect(t.dangerChip).not.toBe(TRIAGE_NEED_LABELS.threats.ja);
    expect(checked(root, "danger")).toBe(true);
    expect(checked(root, "need:threats")).toBe(true);
    expect(root.querySelector("form [part~=emergency]")).not.toBeNull();
  });

  it("a threat to kill alone is a threat, and asks whether they are in danger now", async () => {
    const { el, root } = await mount({ lang: "ja", view: "triage" });
    await type(root, el, "殺すと脅されている");
    expect(chipKeys(root)).toContain("need:threats");
    expect(chipKeys(root)).not.toContain("danger");
    expect(root.querySelector('[data-ask="danger"]')).not.toBeNull();
    expect(checked(root, "danger")).toBe(false);
  });

  it("a reading the interpreter is unsure of asks to confirm; yes makes it an answer and a chip", async () => {
    const { el, root } = await mount({ lang: "en", view: "triage" });
    // A denied word of crisis is asked about, whatever the learned model makes of the rest (not a score near a line).
    await type(root, el, "i don't want to die, i'm just so tired");
    const ask = root.querySelector('[data-ask="crisis"]');
    expect(text(ask)).toContain(TRIAGE_ASK_LABELS.crisis.en);
    expect(checked(root, "crisis")).toBe(false);
    ask?.querySelector<HTMLButtonElement>("button")?.click();
    await el.updateComplete;
    expect(root.querySelector('[data-ask="crisis"]')).toBeNull();
    expect(chipKeys(root)).toContain("crisis");
    expect(checked(root, "crisis")).toBe(true);
  });
});

describe.each(LANGS)("crisis in %s", (lang) => {
  const words = { ja: "もう消えてしまいたい。生きているのがつらい", en: "I want to die, I can't go on" }[lang];

  it("has its own chip and wording, and shows the lines that listen first (as the data ranks them) with a calm sentence", async () => {
    const t = uiText(lang);
    const { el, root } = await mount({ lang, view: "triage" });
    await type(root, el, words);
    const chip = root.querySelector('[data-chip="crisis"]');
    expect(text(chip?.querySelector(".chip-text"))).toContain(CRISIS_LABEL[lang]);
    expect(chipKeys(root)).not.toContain("danger");
    expect(checked(root, "crisis")).toBe(true);
    // Shown at once, without a button to find: the calm sentence, then what the data's triage put first for crisis.
    await vi.waitFor(() => expect(root.querySelector(".listening [data-listening]")).not.toBeNull(), {
      timeout: 15_000,
    });
    const listening = root.querySelector(".listening");
    expect(text(listening?.querySelector(".calm"))).toBe(t.crisisCalm);
    const ranked = createTriage({ ...dataset, triage: dataset.triage } as Parameters<typeof createTriage>[0])({
      crisis: true,
    });
    const first = ranked.contacts[0];
    expect(root.querySelector<HTMLElement>(".listening [data-listening]")?.dataset.listening).toBe(first?.record.id);
    expect(first?.record.services).toContain("listen");
    // The listening block comes before the first question.
    const firstQuestion = root.querySelector("fieldset");
    expect(
      listening && firstQuestion && listening.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // The results open with the same calm sentence.
    await vi.waitFor(() => expect(root.querySelector(".triage-results .calm")).not.toBeNull(), { timeout: 15_000 });
    expect(text(root.querySelector(".triage-results .calm"))).toBe(t.crisisCalm);
    const result = await axe.run(el, { resultTypes: ["violations"] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  it("with 110 first (acting now), does not say the lines that listen come first", async () => {
    const t = uiText(lang);
    const { el, root } = await mount({ lang, view: "triage" });
    await type(root, el, { ja: "いま屋上にいる。もう無理", en: "i took all my sleeping pills" }[lang]);
    expect(chipKeys(root)).toContain("crisis");
    expect(chipKeys(root)).toContain("danger");
    await vi.waitFor(() => expect(root.querySelector(".listening [data-listening]")).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(root.querySelector<HTMLElement>(".listening [data-listening]")?.dataset.listening).toBe(
      "police-emergency-110",
    );
    expect(text(root.querySelector(".listening .calm"))).toBe(t.crisisCalmAfter);
    expect(t.crisisCalmAfter).not.toBe(t.crisisCalm);
  });
});

describe("crisis with danger only asked", () => {
  it("keeps the line that listens first and 110 next while the question waits; yes puts 110 first", async () => {
    const { el, root } = await mount({ lang: "en", view: "triage" });
    // Crisis read; a danger word told as past is asked about, not read (whatever the learned model makes of the rest).
    await type(root, el, "I want to die. He was waiting outside my house last year");
    expect(root.querySelector('[data-ask="danger"]')).not.toBeNull();
    expect(checked(root, "crisis")).toBe(true);
    await submit(root);
    const cards = () =>
      [...root.querySelectorAll<HTMLElement>(".triage-results [part~=card]")].map((c) => c.dataset.contactId);
    await vi.waitFor(() => expect(cards().slice(0, 2)).toEqual(["mhlw-kokoro-dial", "police-emergency-110"]));
    expect(root.querySelector<HTMLElement>(".listening [data-listening]")?.dataset.listening).toBe("mhlw-kokoro-dial");
    root.querySelector<HTMLButtonElement>('[data-ask="danger"] button')?.click();
    await vi.waitFor(() => expect(cards()[0]).toBe("police-emergency-110"));
    expect(chipKeys(root)).toContain("danger");
  });
});

describe("nothing understood", () => {
  it("says so, suggests nothing, and points to the questions", async () => {
    const t = uiText("en");
    const { el, root } = await mount({ lang: "en", view: "triage" });
    await type(root, el, "qwzx plorp");
    expect(text(root.querySelector("[data-nothing-understood]"))).toBe(t.triageUnderstoodNone);
    expect(chipKeys(root)).toEqual([]);
    root.querySelector<HTMLButtonElement>("button[type=submit]")?.click();
    await vi.waitFor(() => expect(root.querySelector(".ask-questions")).not.toBeNull(), { timeout: 15_000 });
    expect(text(root.querySelector(".ask-questions"))).toBe(t.triageAnswerQuestions);
    // No fixed list: no suggestion at all until something is answered.
    expect(root.querySelector(".triage-results")).toBeNull();
    expect(root.querySelectorAll("form fieldset").length).toBeGreaterThan(3);
    // Answering a question brings the suggestions.
    root.querySelector<HTMLInputElement>('input[data-answer="need:talk"]')?.click();
    await vi.waitFor(() => expect(root.querySelector(".triage-results [part~=card]")).not.toBeNull(), {
      timeout: 15_000,
    });
  });
});
