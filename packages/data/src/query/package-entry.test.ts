import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { search, triage } from "../index.js";
import { createSearch } from "./search.js";
import { createTriage } from "./triage.js";

describe("search and triage bound to the bundled dataset", () => {
  it("search answers as a search created over the dataset does", () => {
    expect(search("人権")).toEqual(createSearch(dataset)("人権"));
    expect(search("lawyer", { lang: "en", limit: 3 })).toEqual(
      createSearch(dataset)("lawyer", { lang: "en", limit: 3 }),
    );
    expect(search("開示")[0]?.id).toBe("sender-disclosure");
  });

  it("triage answers as a triage created over the dataset does", () => {
    expect(triage({ danger: true })).toEqual(createTriage(dataset)({ danger: true }));
    expect(triage({ danger: true }).contacts[0]?.id).toBe("police-emergency-110");
  });
});
