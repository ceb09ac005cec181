import { describe, expect, it } from "vitest";
import { codeForAlias } from "./code-for-alias";
import { defineCodeList } from "./codelist";
import { relationshipsToTrafficker } from "./htcds-victim";
import { isicCodes, isicSections } from "./isic";

/** Two codes claiming one alias, to show which wins. */
const sharedAlias = defineCodeList({
  id: "example.shared-alias",
  name: "Example",
  source: "example",
  codes: ["first", "second"] as const,
  extensible: false,
  meta: { first: { label: "First", aliases: ["both"] }, second: { label: "Second", aliases: ["both", "2"] } },
});

describe("codeForAlias", () => {
  it.each<[string, { given: string; want: string | undefined }]>([
    ["a code is its own code", { given: "C", want: "C" }],
    ["an HTCDS industry gives its ISIC section", { given: "T_ActivitiesOfHouseholdsAsEmployers", want: "T" }],
    ["the alias of a section also works in the list of every industry code", { given: "F_Construction", want: "F" }],
    ["a near miss is no alias", { given: "f_construction", want: undefined }],
    ["a label is no alias", { given: "Construction", want: undefined }],
    ["an Object.prototype key is no code", { given: "toString", want: undefined }],
    ["an empty value is no code", { given: "", want: undefined }],
  ])("%s", (_title, { given, want }) => {
    expect(codeForAlias(isicCodes, given)).toBe(want);
  });

  it("reads the aliases of any list, such as HTCDS's corrected typos", () => {
    expect(codeForAlias(relationshipsToTrafficker, "Unacquainted")).toBe("Unaquainted");
    expect(codeForAlias(isicSections, "A_AgricultureForestryAndFishing")).toBe("A");
  });

  it("gives an alias two codes share to the first, on every call", () => {
    expect([codeForAlias(sharedAlias, "both"), codeForAlias(sharedAlias, "both")]).toEqual(["first", "first"]);
    expect(codeForAlias(sharedAlias, "2")).toBe("second");
  });
});
