// Cross-checks the HTCDS code lists against the reference tables converted from IOM's HTCDS 2.0 ODS.
// The tables live outside the repository (../shared/reference from the repo root), so when they are
// absent these tests are skipped, and say so, instead of failing.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HTCDS_PICKLISTS, industrySubdivisions, INDUSTRY_SUBDIVISION_DETAILS, isicSections } from "./index";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const referenceFile = (name: string): string => path.resolve(repoRoot, "../shared/reference/htcds", name);

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) into records keyed by header. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  const [header = [], ...body] = rows.filter((r) => r.some((cell) => cell !== ""));
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
}

function readReference(name: string): { exists: boolean; rows: Record<string, string>[] } {
  const file = referenceFile(name);
  const exists = existsSync(file);
  if (!exists) console.warn(`Skipped because the reference file is absent: ${file}`);
  return { exists, rows: exists ? parseCsv(readFileSync(file, "utf8")) : [] };
}

describe("HTCDS picklists match picklist_values.csv", () => {
  const { exists, rows } = readReference("picklist_values.csv");

  it.skipIf(!exists)("covers the 21 picklist fields of the csv, one list per field", () => {
    const fields = [...new Set(rows.map((r) => r.field_name_including_prefix))];
    expect(fields).toHaveLength(21);
    expect(HTCDS_PICKLISTS.map((list) => list.htcdsField)).toEqual(fields);
  });

  it.skipIf(!exists)("has the csv codes in the csv order, and the value labels as English labels", () => {
    for (const list of HTCDS_PICKLISTS) {
      const values = rows
        .filter((r) => r.field_name_including_prefix === list.htcdsField)
        .sort((a, b) => Number(a.position) - Number(b.position));
      const htcdsCodes = list.codes.filter((code) => list.meta[code]?.extension === undefined);
      expect(htcdsCodes, list.id).toEqual(values.map((v) => v.value_name));
      for (const value of values) {
        expect(list.meta[value.value_name ?? ""]?.label.en, `${list.id} ${value.value_name}`).toBe(value.value_label);
      }
    }
  });

  it.skipIf(!exists)("has no extension code other than tipx's ForcedCriminality", () => {
    const extensions = HTCDS_PICKLISTS.flatMap((list) =>
      list.codes.filter((code) => list.meta[code]?.extension !== undefined).map((code) => [list.id, code, list.meta[code]?.extension]),
    );
    expect(extensions).toEqual([["htcds.exploitation-type", "ForcedCriminality", "tipx"]]);
  });
});

describe("HTCDS industry subdivisions match industry_subdivisions.csv", () => {
  const { exists, rows } = readReference("industry_subdivisions.csv");

  it.skipIf(!exists)("has the 48 csv labels, in the csv order, as English labels", () => {
    expect(rows).toHaveLength(48);
    expect(industrySubdivisions.codes.map((code) => industrySubdivisions.meta[code].label.en)).toEqual(
      rows.map((r) => r.label),
    );
  });

  it.skipIf(!exists)("puts each subdivision in the csv's tier, section and parent", () => {
    const codeByLabel = new Map(industrySubdivisions.codes.map((code) => [industrySubdivisions.meta[code].label.en, code]));
    for (const row of rows) {
      const code = codeByLabel.get(row.label ?? "");
      expect(code, row.label).toBeDefined();
      if (code === undefined) continue;
      const detail = INDUSTRY_SUBDIVISION_DETAILS[code];
      expect(String(detail.tier), code).toBe(row.tier);
      // HTCDS titles section N more broadly than ISIC ("..., including cleaning, ..."): compare the ISIC title as a prefix.
      expect(row.tier1_section_label?.startsWith(isicSections.meta[detail.section].label.en), code).toBe(true);
      const parentLabel = detail.parent === undefined ? "" : industrySubdivisions.meta[detail.parent].label.en;
      expect(parentLabel, code).toBe(row.tier2_parent_label);
    }
  });
});
