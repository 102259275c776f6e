import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDays } from "../src/display/index.js";
import { dataset } from "../src/generated/dataset.js";
import type { ScheduleLocalized } from "../src/schema/schedule.js";
import { weekdayAndSaturday } from "../src/test-support/schedules.js";
import { cell, DEFAULT_OUT, datedCell, formatSchedule, parseArgs, renderReview, writeReview } from "./report.js";

/** Cells of a Markdown table row, splitting only on unescaped pipes. */
function cellsOf(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** The row whose first cell names the record `id` (other cells may mention it as a reference). */
function rowOf(rows: readonly string[], id: string): string | undefined {
  return rows.find((r) => cellsOf(r)[0]?.endsWith(`\`${id}\``));
}

/** The rows of the table under `## heading` (header and separator excluded). */
function tableRows(markdown: string, heading: string): string[] {
  const section = markdown.split(`## ${heading}\n`)[1] ?? "";
  const rows =
    section
      .split("\n## ")[0]
      ?.split("\n")
      .filter((l) => l.startsWith("|")) ?? [];
  return rows.slice(2);
}

describe.each(["ja", "en"] as const)("review sheet (%s)", (lang) => {
  const markdown = renderReview(dataset, lang);
  const headings = lang === "ja" ? ["相談窓口", "対処法・法的手段", "よくある質問"] : ["Contacts", "Remedies", "FAQs"];
  const [contactRows, remedyRows, faqRows] = headings.map((h) => tableRows(markdown, h)) as [
    string[],
    string[],
    string[],
  ];

  it("has one row per record, in every table", () => {
    expect(contactRows).toHaveLength(dataset.contacts.length);
    expect(remedyRows).toHaveLength(dataset.remedies.length);
    expect(faqRows).toHaveLength(dataset.faqs.length);
  });

  it("keeps every row's columns aligned with its header", () => {
    for (const [rows, width] of [
      [contactRows, 9],
      [remedyRows, 9],
      [faqRows, 4],
    ] as const) {
      for (const row of rows) expect(cellsOf(row), row.slice(0, 80)).toHaveLength(width);
    }
  });

  it("shows each contact's name, numbers, cost, sources, date and caveat", () => {
    for (const contact of dataset.contacts) {
      const row = rowOf(contactRows, contact.id);
      expect(row, contact.id).toBeDefined();
      expect(row).toContain(cell(contact.name[lang]));
      for (const channel of contact.channels) {
        if (channel.type === "phone") expect(row).toContain(`**${channel.number}**`);
        if (channel.type === "shortcode") expect(row).toContain(`**${channel.code}**`);
      }
      for (const source of contact.sources) expect(row).toContain(`](${source.url})`);
      expect(cellsOf(row ?? "").at(-1)).toMatch(new RegExp(`^${contact.verifiedAt}<br>\\d+(日前| days ago)`));
      if (contact.caveat) expect(row).toContain(cell(contact.caveat[lang]));
    }
  });

  it("shows each remedy's and FAQ's sources and date", () => {
    for (const [records, rows] of [
      [dataset.remedies, remedyRows],
      [dataset.faqs, faqRows],
    ] as const) {
      for (const record of records) {
        const row = rowOf(rows, record.id) ?? "";
        for (const source of record.sources) expect(row, record.id).toContain(`](${source.url})`);
        expect(cellsOf(row).at(-1)).toMatch(new RegExp(`^${record.verifiedAt}<br>\\d+(日前| days ago)`));
      }
    }
  });
});

describe.each(["ja", "en"] as const)("review sheet: platforms (%s)", (lang) => {
  const markdown = renderReview(dataset, lang);
  const rows = tableRows(markdown, lang === "ja" ? "プラットフォームの削除窓口" : "Platforms' removal routes");

  it("has one aligned row per platform", () => {
    expect(rows).toHaveLength(dataset.platforms.length);
    for (const row of rows) expect(cellsOf(row), row.slice(0, 80)).toHaveLength(9);
  });

  it("shows each platform's operator, services, route URLs, caveat, sources and date", () => {
    for (const platform of dataset.platforms) {
      const row = rowOf(rows, platform.id) ?? "";
      expect(row, platform.id).toContain(cell(platform.operator.legalName));
      for (const service of platform.services) expect(row).toContain(cell(service.name));
      for (const route of platform.routes) if (route.type === "web") expect(row).toContain(`](${route.url})`);
      for (const source of platform.sources) expect(row).toContain(`](${source.url})`);
      if (platform.caveat) expect(row).toContain(cell(platform.caveat[lang]));
      expect(cellsOf(row).at(-1)).toBe(platform.verifiedAt);
    }
  });

  it("flags a route seen only on a secondary page", () => {
    const secondary = dataset.platforms.find((p) =>
      p.routes.some((r) => r.type === "web" && r.foundOn === "secondary"),
    );
    expect(secondary).toBeDefined();
    expect(rowOf(rows, secondary?.id ?? "")).toContain(lang === "ja" ? "二次情報でのみ確認" : "secondary page only");
  });
});

describe("record ages", () => {
  it("shows the age, flags it from 150 days and says it cannot be released after 180", () => {
    expect(datedCell("2026-11-29", "2026-12-01", "ja")).toBe("2026-11-29<br>2日前");
    expect(datedCell("2026-11-29", "2027-04-28", "en")).toBe("2026-11-29<br>**150 days ago, re-check soon**");
    expect(datedCell("2026-11-29", "2027-05-29", "ja")).toBe("2026-11-29<br>**181日前・公開できません**");
  });
});

describe("formatting helpers", () => {
  it("escapes pipes, HTML and line breaks inside a cell", () => {
    expect(cell("a | b\n<c>")).toBe("a \\| b<br>&lt;c&gt;");
  });

  it("writes consecutive days as a range and others as a list (the shared helper the sheet uses)", () => {
    expect(formatDays(["mon", "tue", "wed", "thu", "fri"], "ja")).toBe("月〜金");
    expect(formatDays(["sat", "mon", "wed"], "en")).toBe("Mon, Wed, Sat");
    expect(formatDays(["sat", "sun"], "ja")).toBe("土・日");
  });

  it("describes weekly, always-open and varying schedules", () => {
    expect(formatSchedule(weekdayAndSaturday, "en")).toBe(
      "Mon–Fri 9:00–21:00 (Japan time) / Sat 9:00–17:00 (Japan time) / Closed on public holidays and the New Year break (29 Dec to 3 Jan)",
    );
    expect(formatSchedule({ type: "always", note: "replies later" }, "en")).toBe(
      "24 hours a day, every day / replies later",
    );
    const varies: ScheduleLocalized = {
      type: "varies",
      timezone: "Asia/Tokyo",
      typical: { rules: [{ days: ["mon"], opens: "08:30", closes: "17:15" }], closedOn: [] },
      note: "ask locally",
    };
    expect(formatSchedule(varies, "en")).toBe(
      "Hours differ by area or office / Typically Mon 8:30–17:15 (Japan time) / ask locally",
    );
  });

  it("shows days whose hours the sources do not give, so a reviewer sees them", () => {
    const unknown: ScheduleLocalized = {
      type: "weekly",
      timezone: "Asia/Tokyo",
      rules: [{ days: ["mon"], opens: "09:00", closes: "17:00" }],
      closedOn: [],
      unknownOn: ["year-end"],
    };
    expect(formatSchedule(unknown, "ja")).toContain("年末年始(12月29日〜1月3日)の受付は未確認です");
  });
});

describe("command line", () => {
  it("defaults to Japanese in dist/review.md", () => {
    expect(parseArgs([])).toEqual({ lang: "ja", out: DEFAULT_OUT });
    expect(DEFAULT_OUT.endsWith(join("dist", "review.md"))).toBe(true);
  });

  it("reads --lang and resolves --out against the working directory", () => {
    expect(parseArgs(["--lang=en", "--out=x/review.md"], "/tmp")).toEqual({ lang: "en", out: "/tmp/x/review.md" });
  });

  it("rejects unknown options and languages with a clear message", () => {
    expect(() => parseArgs(["--lang=fr"])).toThrow(/--lang=ja\|en/);
    expect(() => parseArgs(["--verbose"])).toThrow(/unknown option "--verbose"/);
  });

  it("writes the sheet where it is told to", async () => {
    const dir = await mkdtemp(join(tmpdir(), "netstalker-review-"));
    try {
      const out = join(dir, "nested", "review.md");
      expect(await writeReview(dataset, { lang: "en", out })).toBe(out);
      expect(await readFile(out, "utf8")).toBe(renderReview(dataset, "en"));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the triage part of the review sheet", async () => {
  const { loadScenarios } = await import("../pipeline/triage-scenarios.js");
  const scenarios = await loadScenarios(join(import.meta.dirname, "..", "content"));
  const markdown = renderReview(dataset, "en", scenarios);

  it("lists every rule with its condition, strengths, reasons and sources", () => {
    const rows = tableRows(markdown, "Triage rules");
    expect(rows).toHaveLength(dataset.triage.rules.length);
    const tracking = rowOf(rows, "tracking") ?? "";
    expect(tracking).toContain("`stalkerware-caution` (Read this first)");
    expect(tracking).toContain("https://www.keishicho.metro.tokyo.lg.jp/");
    // The platforms a rule names, with their reasons, and the caution to read first.
    const routes = rowOf(rows, "platform-removal-routes") ?? "";
    for (const p of dataset.platforms) expect(routes).toContain(`\`${p.id}\` (`);
    expect(routes).toContain("caution: `removal-request-may-reach-poster`");
  });

  it("lists every scenario with its promise and whether the data keeps it", () => {
    const rows = tableRows(markdown, "Triage scenarios");
    expect(rows).toHaveLength(scenarios.length);
    expect(rowOf(rows, "talk-alone")).toContain("`police-emergency-110`");
    expect(rows.every((r) => r.includes("holds: "))).toBe(true);
    expect(rowOf(rows, "remove-posts-platform-routes")).toContain("caution: `removal-request-may-reach-poster`");
  });

  it("counts the corpus's and the evaluation's texts (without showing the evaluation's)", async () => {
    const { triageTextCounts } = await import("./report.js");
    const texts = await triageTextCounts(join(import.meta.dirname, "..", "content"));
    const sheet = renderReview(dataset, "en", scenarios, "2026-12-06", texts);
    const rows = tableRows(sheet, "Triage corpus and evaluation");
    expect(rows).toHaveLength(2);
    const named = (name: string) => rows.find((r) => r.startsWith(`| ${name} |`)) ?? "";
    const corpus = named("Training corpus");
    expect(corpus).toContain(`| ${texts.corpus.length} |`);
    expect(corpus).toContain("crisis ");
    const evaluation = named("Evaluation");
    expect(evaluation).toContain(`| ${texts.evaluation.length} |`);
    expect(evaluation).toContain(`${texts.evaluation.filter((e) => e.critical).length} critical`);
    expect(texts.evaluation.length).toBeGreaterThanOrEqual(300);
  });
});
