import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ctdcCodebookFiles } from "../../scripts/ctdc-codebooks";
import { _codebook, _columns, _ROW_DERIVED, _taggedVariables } from "./_columns";
import { _DERIVATIONS } from "./_derive";

describe("CTDC columns", () => {
  it.each(["2017", "2024"] as const)("codebook %s: every tagged variable has a derivation", (codebook) => {
    const tagged = _codebook(codebook).filter((variable) => _taggedVariables().has(variable.name));
    const missing = tagged.filter((v) => !(v.name in _DERIVATIONS) && !_ROW_DERIVED.has(v.name)).map((v) => v.name);
    expect(missing).toEqual([]);
    expect(_columns(codebook).map((v) => v.name)).toEqual(tagged.map((v) => v.name));
  });

  it.each([
    ["2017", 59, "yearOfRegistration", "recruiterRelationUnknown"],
    ["2024", 27, "yearOfRegistration", "recruiterRelationOther"],
  ] as const)("codebook %s writes %i columns from %s to %s", (codebook, count, first, last) => {
    const names = _columns(codebook).map((v) => v.name);
    expect(names).toHaveLength(count);
    expect([names[0], names.at(-1)]).toEqual([first, last]);
  });

  it("the generated codebooks are up to date with packages/schema/data/ctdc/variables.csv", () => {
    for (const file of ctdcCodebookFiles()) {
      expect(readFileSync(new URL(`../../../../${file.path}`, import.meta.url), "utf8")).toBe(file.content);
    }
  });
});
