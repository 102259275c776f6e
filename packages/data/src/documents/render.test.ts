import { describe, expect, it } from "vitest";
import { LANGS } from "../schema/primitives.js";
import { documentById, documents, documentText, renderDocument } from "./index.js";
import { DOCUMENT_LABELS } from "./labels.js";
import { type DocumentEntryValues, DocumentValueError } from "./values.js";

const takedown = {
  date: "2026-12-06",
  operator: "Example Board Inc.",
  address: "東京都千代田区1-1-1",
  name: "山田花子",
  contact: "hanako@example.jp",
  posts: [
    {
      url: "https://board.example.jp/thread/123#res-45",
      content: "この人は前科がある",
      rights: ["honor", "privacy"],
      reason: "事実ではありません",
    },
  ],
  "show-name": "do-not-disclose",
};

// The headings each standard form prints, in order, as the form's sources give them (skri.gr.jp, livedoor's notice,
// the old disclosure form's text): a renamed or reordered field fails here.
const FORM_LABELS: Record<string, string[]> = {
  "takedown-request": [
    "特定電気通信役務提供者の名称(あて先)",
    "住所",
    "氏名",
    "掲載されている場所(URL)",
    "掲載されている情報",
    "侵害されたとする権利",
    "権利が侵害されたとする理由",
    "発信者へ氏名を開示してよいか",
  ],
  "disclosure-request": [
    "特定電気通信役務提供者の名称(あて先)",
    "貴社が管理する特定電気通信設備等(投稿のURL)",
    "掲載された情報",
    "侵害された権利",
    "権利が明らかに侵害されたとする理由",
    "正当理由(複数選択可)",
    "開示を請求する発信者情報",
    "証拠",
  ],
  "incident-log": ["日時", "場所・サービス", "何があったか", "URL", "相手", "目撃者・一緒にいた人", "証拠の保管場所"],
};

describe("renderDocument", () => {
  it.each(documents.flatMap((d) => LANGS.map((lang) => [d.id, lang] as const)))(
    "%s (%s): the form's sections in order, one line per field, blanks listed",
    (id, lang) => {
      const doc = documentById(id);
      const rendered = renderDocument(id, {}, lang);
      expect(rendered.title).toBe(doc?.title[lang]);
      // Empty values still print every section once (a repeated one as its first, blank entry).
      expect(rendered.sections.map((s) => s.id)).toEqual(doc?.sections.map((s) => s.id));
      const required = doc?.sections.flatMap((s) =>
        s.fields.filter((f) => f.required).map((f) => (s.repeat ? `${s.id}[0].${f.id}` : f.id)),
      );
      expect(rendered.missing).toEqual(required);
      for (const line of rendered.sections.flatMap((s) => s.body)) {
        if (line.missing) expect(line.text).toBe(DOCUMENT_LABELS.blank[lang]);
      }
    },
  );

  it.each(Object.entries(FORM_LABELS))("%s carries the standard form's headings in its order", (id, labels) => {
    const printed = renderDocument(id, {}, "ja").sections.flatMap((s) => s.body.map((l) => l.label));
    const positions = labels.map((label) => printed.indexOf(label));
    expect(
      positions.every((p) => p >= 0),
      `missing: ${labels.filter((_, i) => positions[i] === -1)}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("fills the takedown request: one entry per post, rights as their labels, the choice in words", () => {
    const rendered = renderDocument("takedown-request", takedown, "ja");
    expect(rendered.missing).toEqual([]);
    const post = rendered.sections.find((s) => s.id === "posts");
    expect(post?.heading).toBe("掲載されている情報: 投稿 1");
    expect(post?.intro).toContain("送信を防止する措置");
    const line = (field: string) => rendered.sections.flatMap((s) => s.body).find((l) => l.field === field)?.text;
    expect(line("url")).toBe("https://board.example.jp/thread/123#res-45");
    expect(line("rights")).toBe("名誉権(名誉毀損)、プライバシー");
    expect(line("show-name")).toBe("開示しない");
    expect(line("date")).toBe("2026年12月6日");
    expect(
      renderDocument("takedown-request", takedown, "en")
        .sections.flatMap((s) => s.body)
        .find((l) => l.field === "rights")?.text,
    ).toBe("Reputation (defamation) and Privacy");
  });

  it("withholds the masked fields (name, address, contact) in the copy for the poster, and only those", () => {
    const full = documentText(renderDocument("takedown-request", takedown, "ja"));
    const masked = renderDocument("takedown-request", takedown, "ja", { masked: true });
    const text = documentText(masked);
    expect(full).toContain("山田花子");
    for (const secret of ["山田花子", "東京都千代田区", "hanako@example.jp"]) expect(text).not.toContain(secret);
    expect(text).toContain(DOCUMENT_LABELS.maskedCopy.ja);
    expect(text).toContain("https://board.example.jp/thread/123#res-45");
    expect(
      masked.sections
        .flatMap((s) => s.body)
        .filter((l) => l.withheld)
        .map((l) => l.field),
    ).toEqual(["address", "name", "contact"]);
  });

  it("prints the incident log as one timeline in date order, undated entries last", () => {
    const incidents: DocumentEntryValues[] = [
      { when: "2026-11-20T21:10", where: "LINE", what: "second" },
      { where: "駅", what: "undated" },
      { when: "2026-11-02T08:00", where: "自宅前", what: "first" },
    ];
    const rendered = renderDocument("incident-log", { incidents }, "en");
    const entries = rendered.sections.filter((s) => s.id === "incidents");
    expect(entries.map((s) => s.body.find((l) => l.field === "what")?.text)).toEqual(["first", "second", "undated"]);
    expect(entries.map((s) => s.heading)).toEqual([
      "Incidents: Incident 1",
      "Incidents: Incident 2",
      "Incidents: Incident 3",
    ]);
    expect(entries[0]?.body.find((l) => l.field === "when")?.text).toBe("2026-11-02 08:00");
    // The undated entry was written second: its blank is reported at its own index.
    expect(rendered.missing).toEqual(["incidents[1].when"]);
  });

  it("copies as plain text with every heading and value", () => {
    const text = documentText(renderDocument("takedown-request", takedown, "ja"));
    expect(text.startsWith("侵害情報の通知書 兼 送信防止措置依頼書\n")).toBe(true);
    expect(text).toContain("■ 掲載されている情報: 投稿 1");
    expect(text).toContain("掲載されている場所(URL): https://board.example.jp/thread/123#res-45");
  });

  it.each([
    ["an unknown document", "no-such-form", {}, "(id)", /no document has this id/],
    ["an unknown field", "takedown-request", { phone: "1" }, "phone", /not a field of this document/],
    [
      "a page address without its scheme",
      "takedown-request",
      { posts: [{ url: "board.example.jp/1" }] },
      "posts[0].url",
      /full address/,
    ],
    [
      "a script address",
      "takedown-request",
      { posts: [{ url: "javascript:alert(1)" }] },
      "posts[0].url",
      /full address/,
    ],
    [
      "a choice that is not offered",
      "takedown-request",
      { "show-name": "maybe" },
      "show-name",
      /not one of its choices/,
    ],
    [
      "a right that is not offered",
      "takedown-request",
      { posts: [{ rights: ["copyright"] }] },
      "posts[0].rights",
      /not one of its choices/,
    ],
    [
      "text where choices go",
      "takedown-request",
      { posts: [{ rights: "honor" }] },
      "posts[0].rights",
      /list of choice ids/,
    ],
    ["an impossible date", "takedown-request", { date: "2026-02-30" }, "date", /YYYY-MM-DD/],
    [
      "a time without a date",
      "incident-log",
      { incidents: [{ when: "21:00" }] },
      "incidents[0].when",
      /YYYY-MM-DDTHH:MM/,
    ],
    [
      "entries that are not a list",
      "incident-log",
      { incidents: { when: "2026-01-01T00:00" } },
      "incidents",
      /list of entries/,
    ],
    ["too many posts", "takedown-request", { posts: Array.from({ length: 31 }, () => ({})) }, "posts", /at most 30/],
  ] as const)("refuses %s with the field and the reason", (_, id, values, field, reason) => {
    let error: unknown;
    try {
      renderDocument(id, values as never, "ja");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentValueError);
    expect((error as DocumentValueError).field).toBe(field);
    expect((error as DocumentValueError).reason).toMatch(reason);
  });
});
