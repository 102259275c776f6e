import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatContentError } from "./content-error.js";
import { loadDocuments, type RawDocuments } from "./load-documents.js";
import { validateDocuments } from "./validate-documents.js";

const CONTENT = join(import.meta.dirname, "../content");
const refs = {
  contacts: new Set(["houterasu-support-dial"]),
  cautions: new Set(["removal-request-may-reach-poster"]),
  today: "2026-12-06",
};

function field(id: string, type = "text", extra: Record<string, unknown> = {}) {
  return { id, type, label: { ja: "欄", en: "Field" }, help: { ja: "説明", en: "Help" }, required: false, ...extra };
}
function doc(overrides: Record<string, unknown> = {}) {
  return {
    id: "sample",
    title: { ja: "見本", en: "Sample" },
    summary: { ja: "見本です。", en: "A sample." },
    warnings: [{ ja: "注意", en: "Careful" }],
    cautions: [],
    contacts: [],
    platformRoutes: false,
    sections: [{ id: "main", heading: { ja: "本文", en: "Body" }, fields: [field("text")] }],
    confidence: "high",
    sources: [{ url: "https://www.example.go.jp/", title: "見本" }],
    verifiedAt: "2026-12-01",
    ...overrides,
  };
}
function raw(data: unknown, order: unknown = { documents: ["sample"] }): RawDocuments {
  return {
    documents: [{ file: "content/documents/sample.yaml", stem: "sample", data }],
    order,
    orderFile: "content/documents/order.yaml",
    errors: [],
  };
}
const oneLine = (r: RawDocuments) => validateDocuments(r, refs).errors.map(formatContentError);

describe("validateDocuments", () => {
  it("passes the shipped documents, in order.yaml's order", async () => {
    const loaded = await loadDocuments(CONTENT);
    const { documents, errors } = validateDocuments(loaded, {
      contacts: new Set([
        "ihaho-illegal-harmful-info-center",
        "houterasu-support-dial",
        "bar-association-himawari",
        "police-emergency-110",
        "police-consultation-9110",
      ]),
      cautions: new Set(["removal-request-may-reach-poster"]),
      today: "2026-12-06",
    });
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(["takedown-request", "disclosure-request", "incident-log"]);
  });

  it.each([
    [
      "a field id used twice",
      doc({ sections: [{ id: "main", heading: { ja: "本文", en: "Body" }, fields: [field("a"), field("a")] }] }),
      'record "sample", field sections[0].fields[1].id: id "a" is used twice',
    ],
    [
      "a choice field without choices",
      doc({ sections: [{ id: "main", heading: { ja: "本文", en: "Body" }, fields: [field("c", "choice")] }] }),
      "field sections[0].fields[0].choices: a choice field needs choices",
    ],
    [
      "prompts on a date",
      doc({
        sections: [
          {
            id: "main",
            heading: { ja: "本文", en: "Body" },
            fields: [field("d", "date", { prompts: [{ ja: "問い", en: "Q" }] })],
          },
        ],
      }),
      "field sections[0].fields[0].prompts: prompts help a person write",
    ],
    [
      "a timeline sorted by a text field",
      doc({
        sections: [
          {
            id: "main",
            heading: { ja: "本文", en: "Body" },
            repeat: { item: { ja: "件", en: "Item" }, max: 3, sortBy: "text" },
            fields: [field("text")],
          },
        ],
      }),
      'field sections[0].repeat.sortBy: "text" must be a date or datetime field',
    ],
    [
      "an unknown caution",
      doc({ cautions: ["no-such-caution"] }),
      'field cautions[0]: no caution record has the id "no-such-caution"',
    ],
    [
      "an unknown contact",
      doc({ contacts: ["no-such-contact"] }),
      'field contacts[0]: no contact record has the id "no-such-contact"',
    ],
    ["medium confidence without a caveat", doc({ confidence: "medium" }), "field caveat: confidence is medium"],
    [
      "a verification date in the future",
      doc({ verifiedAt: "2027-01-01" }),
      "field verifiedAt: 2027-01-01 is later than today",
    ],
    [
      "an unknown field type",
      doc({ sections: [{ id: "main", heading: { ja: "本文", en: "Body" }, fields: [field("x", "number")] }] }),
      "field sections[0].fields[0].type",
    ],
  ])("names the file, record, field and reason for %s", (_, data, expected) => {
    const lines = oneLine(raw(data));
    expect(
      lines.some((l) => l.startsWith("content/documents/sample.yaml: ") && l.includes(expected)),
      lines.join("\n"),
    ).toBe(true);
  });

  it("refuses a document order.yaml does not list, and an id it lists that does not exist", () => {
    expect(oneLine(raw(doc(), { documents: ["other"] }))).toEqual([
      'content/documents/order.yaml: (no id), field documents[0]: no document has the id "other"',
      'content/documents/order.yaml: (no id), field documents: "sample" is missing',
    ]);
  });

  it("refuses a file not named after its id", () => {
    expect(oneLine(raw(doc({ id: "other" }), { documents: ["other"] }))).toContain(
      'content/documents/sample.yaml: record "other", field id: the file must be named after the id (other.yaml)',
    );
  });
});
