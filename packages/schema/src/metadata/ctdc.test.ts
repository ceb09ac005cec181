// Every variable of the three CTDC codings in data/ctdc/variables.csv is tagged (`ctdc` metadata) on the
// fields a converter derives it from, or listed in the package README as not derivable, with why.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { hasReference, readDataCsv, readReferenceCsv, shownReferencePath, warnIfAbsent } from "../../test/reference";
import { modelFields } from "../model/field-index";

const VARIABLES_CSV = "ctdc/variables.csv";
const README = fileURLToPath(new URL("../../README.md", import.meta.url));
const README_SECTION = "## CTDC variables not derivable from the model";

/** The codings of data/ctdc/variables.csv (its `version` column), as the README's table names them. */
const CODINGS = {
  global_dataset_v6_2017: "2017 v6",
  "global_dataset_2020-04-14": "2020 CSV",
  global_synthetic_v2_2024: "2024 v2",
} as const;
type Coding = keyof typeof CODINGS;

/**
 * Variables of the CTDC victim–perpetrator synthetic dataset (Dec 2022) that fields may name besides those
 * of data/ctdc/variables.csv. That dataset has no codebook in the repository, so its names are listed here
 * one by one: a typo still fails.
 */
const VICTIM_PERPETRATOR_VARIABLES: ReadonlySet<string> = new Set([
  "IP_Relation",
  "IP_RecruiterBroker",
  "IP_TransactionProcess",
  "IP_Exploiter",
  "IP_PayMoney",
]);

const variables = readDataCsv(VARIABLES_CSV).map((row) => ({
  name: row["name"] ?? "",
  coding: (row["version"] ?? "") as Coding,
  number: row["number"] ?? "",
}));
const codingsOf = new Map<string, Coding[]>();
for (const { name, coding } of variables) codingsOf.set(name, [...(codingsOf.get(name) ?? []), coding]);

/** Each name a field's `ctdc` metadata holds, with the ids of the fields that hold it. */
const taggedOn = new Map<string, string[]>();
for (const meta of modelFields()) {
  for (const name of meta.ctdc ?? []) taggedOn.set(name, [...(taggedOn.get(name) ?? []), meta.id]);
}

/** The README's section on the variables that are not derivable, up to the next heading of its level. */
function readmeSection(): string {
  const text = readFileSync(README, "utf8");
  const start = text.indexOf(`\n${README_SECTION}\n`);
  if (start < 0) throw new Error(`${README} has no section "${README_SECTION}"`);
  const end = text.indexOf("\n## ", start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The rows of the README's table: variable and the codings the "codings" column names. */
function readmeRows(section: string): { name: string; codings: string[] }[] {
  return section.split("\n").flatMap((line) => {
    const match = /^\| `([^`]+)` \| ([^|]+) \|/.exec(line);
    return match?.[1] && match[2] ? [{ name: match[1], codings: match[2].split(",").map((c) => c.trim()) }] : [];
  });
}

const section = readmeSection();
const listed = new Map(readmeRows(section).map((row) => [row.name, row.codings]));
const codings = Object.keys(CODINGS) as Coding[];
const count = (keep: (row: (typeof variables)[number]) => boolean) =>
  codings.map((coding) => variables.filter((row) => row.coding === coding && keep(row)).length);
const totals = count(() => true);
const tagged = count((row) => taggedOn.has(row.name));
const listedCounts = count((row) => listed.has(row.name));
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

describe("CTDC variables", () => {
  it(`data/${VARIABLES_CSV} holds ${totals.join(" + ")} variables (codebook v6, 2020 CSV, codebook v2 2024)`, () => {
    expect(totals).toEqual([62, 1, 27]);
    expect(variables.filter((row) => !(row.coding in CODINGS))).toEqual([]);
    for (const coding of ["global_dataset_v6_2017", "global_synthetic_v2_2024"] as const) {
      const numbers = variables.filter((row) => row.coding === coding).map((row) => Number(row.number));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    const names = variables.map((row) => `${row.coding} ${row.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it("names in every ctdc tag a variable of the list, exactly (no wildcard, no typo)", () => {
    const unknown = [...taggedOn]
      .filter(([name]) => !codingsOf.has(name) && !VICTIM_PERPETRATOR_VARIABLES.has(name))
      .map(([name, fields]) => `${name} (${fields.join(", ")})`);
    expect(unknown).toEqual([]);
  });

  it(`tags or lists every variable, never both: ${sum(tagged)} tagged (${tagged.join(" + ")}), ${sum(listedCounts)} listed in the README (${listedCounts.join(" + ")})`, () => {
    const neither = variables.filter((row) => !taggedOn.has(row.name) && !listed.has(row.name));
    expect(neither.map((row) => `${row.name} (${CODINGS[row.coding]})`)).toEqual([]);
    const both = [...listed.keys()].filter((name) => taggedOn.has(name));
    expect(both.map((name) => `${name} (${taggedOn.get(name)?.join(", ")})`)).toEqual([]);
    expect(sum(tagged) + sum(listedCounts)).toBe(sum(totals));
  });

  it("lists in the README only variables of the list, each with its codings, and says how many", () => {
    for (const [name, readmeCodings] of listed) {
      const expected = (codingsOf.get(name) ?? []).map((coding) => CODINGS[coding]);
      expect([name, readmeCodings]).toEqual([name, expected]);
    }
    const said = /(\d+) variables are tagged, (\d+) are listed/.exec(section)?.slice(1).map(Number);
    expect(said).toEqual([sum(tagged), sum(listedCounts)]);
  });

  warnIfAbsent(VARIABLES_CSV);
  it.skipIf(!hasReference(VARIABLES_CSV))(
    `data/${VARIABLES_CSV} matches ${shownReferencePath(VARIABLES_CSV)} (names, codings and numbers)`,
    () => {
      const reference = readReferenceCsv(VARIABLES_CSV).map((row) => ({
        name: row["name"],
        coding: row["version"],
        number: row["number"],
      }));
      expect(variables).toEqual(reference);
    },
  );
});
