import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentError } from "../content-error.js";
import { formatContentError } from "../content-error.js";
import { labelsOf } from "./labelled-text.js";
import { loadCorpus } from "./load-corpus.js";

async function corpus(files: Record<string, string>): Promise<string> {
  const root = join(await mkdtemp(join(tmpdir(), "corpus-")), "content");
  await mkdir(join(root, "triage", "corpus"), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, "triage", "corpus", name), text);
  return root;
}

describe("loadCorpus", () => {
  it("reads every file's texts in file-name order, with where each came from", async () => {
    const root = await corpus({
      "b.yaml": "texts:\n  - { text: 元カレがしつこい, lang: ja, needs: [stop-contact], relationship: ex-partner }\n",
      "a.yaml": "texts:\n  - { text: help, lang: en, danger: true, crisisNow: true }\n",
    });
    const errors: ContentError[] = [];
    const texts = await loadCorpus(root, errors);
    expect(errors).toEqual([]);
    expect(texts.map((t) => [t.file, t.index, t.text])).toEqual([
      ["content/triage/corpus/a.yaml", 0, "help"],
      ["content/triage/corpus/b.yaml", 0, "元カレがしつこい"],
    ]);
    // Acting on thoughts of dying now is crisis too.
    expect([...labelsOf(texts[0] as never)].sort()).toEqual(["crisis", "crisisNow", "danger"]);
  });

  it("names the file, the text's index and the field of every bad label", async () => {
    const root = await corpus({
      "bad.yaml": [
        "texts:",
        "  - { text: a, lang: ja, needs: [revenge] }",
        "  - { text: b, lang: de }",
        "  - { text: c, lang: en, relationship: boss, mood: sad }",
        "  - { text: '', lang: en }",
      ].join("\n"),
      "broken.yaml": "texts: [: :",
      "shape.yaml": "entries: []",
    });
    const errors: ContentError[] = [];
    await loadCorpus(root, errors);
    const lines = errors.map(formatContentError);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/triage\/corpus\/bad\.yaml: record "#0", field texts\[0\]\.needs\[0\]: /),
        expect.stringMatching(/bad\.yaml: record "#1", field texts\[1\]\.lang: /),
        expect.stringMatching(/bad\.yaml: record "#2", field texts\[2\]\.relationship: /),
        expect.stringMatching(/bad\.yaml: record "#2", field texts\[2\]: .*\(mood\)/),
        expect.stringMatching(/bad\.yaml: record "#3", field texts\[3\]\.text: /),
        expect.stringMatching(/broken\.yaml: \(no id\): not valid YAML/),
        expect.stringMatching(/shape\.yaml: \(no id\), field texts: a corpus file is a map with a list `texts`/),
      ]),
    );
  });

  it("the real corpus is valid", async () => {
    const errors: ContentError[] = [];
    const texts = await loadCorpus(new URL("../../content", import.meta.url).pathname, errors);
    expect(errors.map(formatContentError)).toEqual([]);
    expect(texts.length).toBeGreaterThan(1000);
    // Reading 2,300 texts from 21 YAML files takes under a second alone, several on a CI machine running every suite.
  }, 30_000);

  it("refuses a text written twice, naming both places", async () => {
    const root = await corpus({
      "a.yaml": "texts:\n  - { text: 元カレがしつこい, lang: ja, needs: [stop-contact] }\n",
      "b.yaml": "texts:\n  - { text: help, lang: en }\n  - { text: ' 元カレがしつこい', lang: ja }\n",
    });
    const errors: ContentError[] = [];
    const texts = await loadCorpus(root, errors);
    expect(errors.map(formatContentError)).toEqual([
      expect.stringMatching(
        /^content\/triage\/corpus\/b\.yaml: record "#1", field texts\[1\]\.text: written twice: content\/triage\/corpus\/a\.yaml #0 has it too/,
      ),
    ]);
    expect(texts.map((t) => t.text)).toEqual(["元カレがしつこい", "help"]);
  });
});
