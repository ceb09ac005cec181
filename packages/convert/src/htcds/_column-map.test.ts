import { Case, Consent, listFields, Person, Referral } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { _COLUMN_SPECS, _UNCARRIED_COLUMNS } from "./_column-map";
import { _CONSENT_COLUMN, _REFERRAL_COLUMNS } from "./_links";
import { HTCDS_COLUMN_FIELDS, HTCDS_COLUMNS } from "./columns";

const TAGS = new Map<string, readonly string[]>();
for (const [entity, schema] of [
  ["Person", Person],
  ["Case", Case],
] as const) {
  for (const f of listFields(schema)) {
    const tag = f.meta?.htcds;
    if (tag !== undefined) TAGS.set(`${entity}.${f.path}`, typeof tag === "string" ? [tag] : tag);
  }
}

/** The tags of a field, or of its nearest tagged parent (`Case.caseWorker` for its staff id). */
function tagsOf(path: string): readonly string[] {
  for (let probe = path; probe.includes("."); probe = probe.replace(/\.[^.]+$/, "")) {
    const tags = TAGS.get(probe);
    if (tags !== undefined) return tags;
  }
  return [];
}

describe("the column map", () => {
  it.each(_COLUMN_SPECS.map((s) => [s.column, HTCDS_COLUMN_FIELDS[s.column] ?? ""]))(
    "puts %s where the schema's registry tags it (%s)",
    (column, path) => {
      expect(tagsOf(path)).toContain(column);
    },
  );

  it("reads all ten referral columns into the Referral fields the registry tags", () => {
    const tagged = new Map<string, string[]>();
    for (const f of listFields(Referral)) {
      const tag = f.meta?.htcds;
      for (const column of tag === undefined ? [] : typeof tag === "string" ? [tag] : tag) {
        tagged.set(column, [...(tagged.get(column) ?? []), f.path]);
      }
    }
    expect(_REFERRAL_COLUMNS).toHaveLength(10);
    for (const c of _REFERRAL_COLUMNS) expect(tagged.get(c.column)).toContain(c.path.join("."));
    expect(listFields(Consent).find((f) => f.path === "purposes")?.meta?.htcds).toBe(_CONSENT_COLUMN);
  });

  it("accounts for every HTCDS 2.0 field: carried, or listed as not carried", () => {
    const carried = new Set([
      ..._COLUMN_SPECS.map((s) => s.column),
      ..._REFERRAL_COLUMNS.map((c) => c.column),
      _CONSENT_COLUMN,
    ]);
    expect(HTCDS_COLUMNS.filter((c) => !carried.has(c) && !_UNCARRIED_COLUMNS.has(c))).toEqual([]);
  });
});
