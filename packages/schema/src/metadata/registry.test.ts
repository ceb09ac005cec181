import { describe, expect, it } from "vitest";
import { readDataCsv } from "../../test/reference";
import { Bundle } from "../model/bundle";
import { Person } from "../model/person";
import { listFields } from "./list-fields";
import { SENSITIVITIES } from "./sensitivity";

const fields = listFields(Bundle);
const FIELDS_CSV = "htcds/fields.csv";

/**
 * The HTCDS name of a row of fields.csv: `field_name_including_prefix`, or, where the standard's table
 * leaves that column empty (the `per_Organisation` row), `field_name_prefix` + `field_name`.
 */
function htcdsFieldName(row: Readonly<Record<string, string | undefined>>): string {
  const full = row["field_name_including_prefix"] ?? "";
  return full !== "" ? full : `${row["field_name_prefix"] ?? ""}${row["field_name"] ?? ""}`;
}

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

  it("gives every field an id, a sensitivity class, an English label and a description", () => {
    const missing = fields.filter(
      (f) => !f.meta?.id || !SENSITIVITIES.includes(f.meta.sensitivity) || !f.meta.label || !f.meta.description,
    );
    expect(missing.map((f) => f.path)).toEqual([]);
  });

  it("gives every field a unique id ending in its key", () => {
    const owners = new Map<string, string>();
    for (const { path, meta } of fields) {
      if (!meta) continue;
      const key = path.split(".").at(-1)?.replace(/\[\]$/, "");
      expect([path, meta.id.split(".").at(-1)]).toEqual([path, key]);
      const owner = owners.get(meta.id);
      // A shared sub-schema (a Place, an entity's base fields) reaches several paths with one id.
      if (owner === undefined) owners.set(meta.id, path);
    }
    const ids = [...new Set(fields.flatMap((f) => (f.meta ? [f.meta.id] : [])))];
    const metas = new Set(fields.flatMap((f) => (f.meta ? [f.meta] : [])));
    expect(new Set([...metas].map((meta) => meta.id)).size).toBe(ids.length);
  });

  it("marks names, identity numbers, phones and e-mail as direct identifiers", () => {
    const byPath = new Map(listFields(Person).map((f) => [f.path, f.meta?.sensitivity]));
    for (const path of [
      "names.given",
      "names.family",
      "identityDocuments[].number",
      "phones[].number",
      "email",
      "address.lines",
    ]) {
      expect([path, byPath.get(path)]).toEqual([path, "direct-identifier"]);
    }
  });

  it("gives every HTCDS 2.0 field in data/htcds/fields.csv a home in the model, or a justified exception", () => {
    const htcdsNames = new Set<string>();
    for (const row of readDataCsv(FIELDS_CSV)) {
      const name = htcdsFieldName(row);
      if (/^(?:org|prs|vic|per|cas|cco|hte|spl|con)_[A-Za-z]+$/.test(name)) htcdsNames.add(name);
    }
    expect(htcdsNames.size).toBeGreaterThan(80);
    expect(htcdsNames).toContain("per_Organisation");
    const homed = new Set<string>();
    for (const f of fields) {
      const htcds = f.meta?.htcds;
      for (const name of typeof htcds === "string" ? [htcds] : (htcds ?? [])) homed.add(name);
    }
    const withoutHome = [...htcdsNames]
      .filter((name) => !homed.has(name) && !(name in HTCDS_FIELDS_WITHOUT_HOME))
      .sort();
    expect(withoutHome).toEqual([]);
  });
});
