import { countries, PhoneNumber } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { intakeForm } from "./intake";

/** `${name}`, an XLSForm reference to a question. */
const ref = (name: string): string => `$${"{"}${name}}`;

const form = intakeForm();
const question = (source: string, name?: string) =>
  form.questions.find((q) => q.source === source && (name === undefined || q.name === name));

describe("intakeForm", () => {
  it("asks 25 to 40 questions, each a field of the model with a unique name", () => {
    expect(form.questions.length).toBeGreaterThanOrEqual(25);
    expect(form.questions.length).toBeLessThanOrEqual(40);
    expect(new Set(form.questions.map((q) => q.name)).size).toBe(form.questions.length);
  });

  const cases: readonly [string, string | undefined, Record<string, unknown>][] = [
    ["Person.gender", undefined, { name: "person_gender", type: "select_one", list: "htcds_gender" }],
    ["Person.citizenships", undefined, { type: "select_multiple", list: "iso3166_1" }],
    ["Person.countryOfOrigin", undefined, { type: "select_one", list: "iso3166_1_standard" }],
    ["Person.birthDate", undefined, { type: "date", constraint: ". <= today()" }],
    [
      "AgeEstimate.years",
      undefined,
      {
        type: "integer",
        constraint: ". >= 0 and . <= 130",
        range: { min: 0, max: 130 },
        relevant: `${ref("person_birthDate")} = ''`,
      },
    ],
    ["Person.numberOfChildren", undefined, { type: "integer", range: { min: 0, max: 50 } }],
    [
      "VictimContext.forcedLabourIndustries",
      undefined,
      { type: "select_multiple", relevant: `selected(${ref("victim_exploitationTypes")}, 'ForcedLabour')` },
    ],
    [
      "VictimContext.sexExploitationTypes",
      undefined,
      { relevant: `selected(${ref("victim_exploitationTypes")}, 'SexualExploitation')` },
    ],
    [
      "VictimContext.forcedCriminalityTypes",
      undefined,
      { relevant: `selected(${ref("victim_exploitationTypes")}, 'ForcedCriminality')` },
    ],
    ["Case.status", undefined, { name: "case_status", type: "select_one", list: "htcds_case_status" }],
    ["Place.country", "victim_recruitmentPlace_country", { type: "select_one", list: "iso3166_1_standard" }],
  ];
  it.each(cases)("%s %s", (source, name, want) => {
    expect(question(source, name)).toMatchObject(want);
  });

  it("checks a phone number against the model's E.164 pattern", () => {
    const pattern = (z.toJSONSchema(PhoneNumber) as { pattern?: string }).pattern;
    expect(question("Phone.number")?.constraint).toBe(`regex(., '${pattern}')`);
  });

  it("says where a field asked more than once is", () => {
    const labels = form.questions.filter((q) => q.source === "Place.country").map((q) => q.label.en);
    expect(new Set(labels).size).toBe(labels.length);
    expect(question("Place.country", "victim_exploitationPlace_country")?.label.th).toContain(": ");
  });

  it("offers the countries without the user-assigned codes where the model takes only standard ones", () => {
    const standard = form.choiceLists.find((l) => l.name === "iso3166_1_standard")?.choices.map((c) => c.name);
    const all = form.choiceLists.find((l) => l.name === "iso3166_1")?.choices.map((c) => c.name);
    const userAssigned = countries.codes.filter((code) => countries.meta[code].userAssigned);
    expect(userAssigned.length).toBeGreaterThan(0);
    for (const code of userAssigned) {
      expect(standard).not.toContain(code);
      expect(all).toContain(code);
    }
  });

  it("has every label, hint and choice label in Thai and Spanish", () => {
    for (const q of form.questions) {
      expect([q.name, q.label.th, q.label.es, q.hint?.th, q.hint?.es].every((t) => t !== undefined)).toBe(true);
    }
    for (const list of form.choiceLists) {
      for (const choice of list.choices) expect([list.name, choice.label.th, choice.label.es]).not.toContain(undefined);
    }
  });
});
