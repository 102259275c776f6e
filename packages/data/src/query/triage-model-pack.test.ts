import { describe, expect, it } from "vitest";
import { TRIAGE_MODEL } from "../generated/triage-model.js";
import type { TriageModelTable } from "./triage-model.js";
import { packModel, unpackModel } from "./triage-model-pack.js";

describe("the packed triage model", () => {
  it("unpacks to the very table that was packed, features sharing beginnings, English pairs and digits included", () => {
    const table: TriageModelTable = {
      labels: ["danger", "crisis", "need:talk"],
      bias: [-423, -260, 12],
      weights: {
        "14": [1, 120],
        "14歳": [0, -30, 2, 2550],
        元カ: [0, 50],
        元カレ: [1, -2550, 2, 0],
        "a knif": [0, 240],
        "a knife": [0, 10],
        door: [0, 440],
      },
      read: [0.3, 0.25, 0.4],
      readLong: [0.85, 0.25, 0.9],
      ask: [0.25, 0.25, 1],
    };
    const packed = packModel(table);
    // Sorted, each written after what it shares with the one before: "元カレ" keeps only "レ".
    expect(packed.features.split("|")).toContain("Cレ");
    expect(unpackModel(packed)).toEqual({
      ...table,
      weights: Object.fromEntries(Object.entries(table.weights).sort()),
    });
    // The packed strings survive the generated module's JSON.
    expect(JSON.parse(JSON.stringify(packed))).toEqual(packed);
  });

  it("refuses what it cannot hold instead of shipping a wrong weight", () => {
    const table = (weights: Record<string, number[]>): TriageModelTable => ({
      labels: ["danger"],
      bias: [0],
      weights,
      read: [0.5],
      ask: [1],
    });
    expect(() => packModel(table({ door: [0, 2560] }))).toThrow(/out of range/);
    expect(() => packModel(table({ "a|b": [0, 10] }))).toThrow(/holds \|/);
  });

  it("is what the generated module ships, and unpacks to a table of every label", () => {
    const table = unpackModel(TRIAGE_MODEL);
    expect(table.labels.length).toBe(TRIAGE_MODEL.bias.length);
    expect(Object.keys(table.weights).length).toBeGreaterThan(1000);
    for (const flat of Object.values(table.weights)) {
      for (let i = 0; i < flat.length; i += 2) expect(flat[i]).toBeLessThan(table.labels.length);
    }
  });
});
