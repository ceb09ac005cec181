import { describe, expect, it } from "vitest";
import { hasReference, readReferenceCsv, warnIfAbsent } from "../../test/reference";
import { Bundle } from "../model/bundle";
import { Person } from "../model/person";
import { listFields } from "./list-fields";
import { SENSITIVITIES } from "./sensitivity";

const fields = listFields(Bundle);
const FIELDS_CSV = "htcds/fields.csv";

/**
 * HTCDS 2.0 fields that deliberately have no field of their own in tipx, each with the reason. The
 * same table is in the package README; the test below fails when this list and the model disagree.
 */
export const HTCDS_FIELDS_WITHOUT_HOME: Readonly<Record<string, string>> = {};

describe("field registry", () => {
  it("walks the whole model", () => {
    expect(fields.length).toBeGreaterThan(150);
    expect(fields.map((f) => f.path)).toContain("entities[].parties[].victim.methodsOfControl");
  });

  it("gives every field a sensitivity class and an English label", () => {
    const missing = fields.filter((f) => !f.meta || !SENSITIVITIES.includes(f.meta.sensitivity) || !f.meta.label.en);
    expect(missing.map((f) => f.path)).toEqual([]);
  });

  it("gives every field Thai and Spanish labels and descriptions", () => {
    const missing = fields.filter(
      (f) => !f.meta?.label.th || !f.meta.label.es || !f.meta.description.en || !f.meta.description.th || !f.meta.description.es,
    );
    expect(missing.map((f) => f.path)).toEqual([]);
  });

  it("marks names, identity numbers, phones and e-mail as direct identifiers", () => {
    const byPath = new Map(listFields(Person).map((f) => [f.path, f.meta?.sensitivity]));
    for (const path of ["names.given", "names.family", "identityDocuments[].number", "phones[].number", "email", "address.lines"]) {
      expect([path, byPath.get(path)]).toEqual([path, "direct-identifier"]);
    }
  });

  warnIfAbsent(FIELDS_CSV);
  it.skipIf(!hasReference(FIELDS_CSV))("gives every HTCDS 2.0 field in fields.csv a home in the model, or a justified exception", () => {
    const htcdsNames = new Set<string>();
    for (const row of readReferenceCsv(FIELDS_CSV)) {
      const name = row["field_name_including_prefix"] ?? "";
      if (/^(?:org|prs|vic|per|cas|cco|hte|spl|con)_[A-Za-z]+$/.test(name)) htcdsNames.add(name);
    }
    expect(htcdsNames.size).toBeGreaterThan(80);
    const homed = new Set<string>();
    for (const f of fields) {
      const htcds = f.meta?.htcds;
      for (const name of typeof htcds === "string" ? [htcds] : (htcds ?? [])) homed.add(name);
    }
    const withoutHome = [...htcdsNames].filter((name) => !homed.has(name) && !(name in HTCDS_FIELDS_WITHOUT_HOME)).sort();
    expect(withoutHome).toEqual([]);
  });
});
