// In YAML an unquoted " #" starts a comment, which silently cuts a text short ("call #9110" becomes "call").
// Content files may therefore hold no comment except the schema modeline on their first line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isNode, parseDocument, visit } from "yaml";

const root = fileURLToPath(new URL("../../content/", import.meta.url));
const SCHEMA_OF = { contacts: "contact", remedies: "remedy", faqs: "faq", platforms: "platform", cautions: "caution" };
const files = (Object.keys(SCHEMA_OF) as (keyof typeof SCHEMA_OF)[]).flatMap((kind) =>
  readdirSync(join(root, kind))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => join(kind, name)),
);

describe("content files", () => {
  it("exist", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s starts with its schema modeline and has no other comment", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    const schema = SCHEMA_OF[file.split("/")[0] as keyof typeof SCHEMA_OF];
    const modeline = `yaml-language-server: $schema=../../dist/schemas/${schema}.schema.json`;
    expect(text.split("\n")[0]).toBe(`# ${modeline}`);
    const doc = parseDocument(text);
    expect(doc.errors).toEqual([]);
    expect(doc.comment ?? null, "comment after the document").toBeNull();
    const comments: string[] = [];
    visit(doc, (_key, node) => {
      if (isNode(node)) {
        if (node.comment) comments.push(node.comment);
        if (node.commentBefore) comments.push(node.commentBefore);
      }
    });
    // The modeline itself is attached to the first node; any other comment is an error.
    const others = comments.filter((c) => c.trim() !== modeline);
    expect(others, `${file} has a comment, probably an unquoted " #" cutting a text short`).toEqual([]);
  });
});
