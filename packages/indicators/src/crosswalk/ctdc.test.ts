import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getFramework } from "../frameworks/registry";
import {
  CTDC_2024_MERGED_MEANS,
  CTDC_CROSSWALK,
  CTDC_MEANS_AS_HTCDS,
  CTDC_OWN_ROWS,
  CTDC_UNMAPPED,
  type CtdcItemStatus,
  itemsFromCtdcRow,
} from "./ctdc";

// The variables of the three CTDC codings, as the schema package holds them. Each line starts with the
// name, unquoted.
const CSV = readFileSync(new URL("../../../schema/data/ctdc/variables.csv", import.meta.url), "utf8");
const VARIABLES = new Set(
  CSV.trim()
    .split("\n")
    .slice(1)
    .map((line) => line.slice(0, line.indexOf(","))),
);

function itemExists(item: string): boolean {
  const [framework = "", id = ""] = item.split("/");
  return Object.hasOwn(getFramework(framework).items, id);
}

describe("the CTDC crosswalk as data", () => {
  it("reads the variables list", () => {
    expect(VARIABLES.size).toBeGreaterThan(60);
    expect(VARIABLES).toContain("meansWithholdDocs");
  });

  it("names only variables of packages/schema/data/ctdc/variables.csv", () => {
    const named = [
      ...CTDC_CROSSWALK.map((row) => row.variable),
      ...CTDC_UNMAPPED.map((entry) => entry.variable),
      ...Object.keys(CTDC_MEANS_AS_HTCDS),
      ...Object.keys(CTDC_2024_MERGED_MEANS),
      ...Object.values(CTDC_2024_MERGED_MEANS).flat(),
    ];
    for (const variable of named) expect(VARIABLES, variable).toContain(variable);
  });

  it("maps every variable of the list, or says why not, and never both", () => {
    const mapped = new Set<string>(CTDC_CROSSWALK.map((row) => row.variable));
    const unmapped = new Set<string>(CTDC_UNMAPPED.map((entry) => entry.variable));
    for (const variable of VARIABLES) expect(mapped.has(variable) !== unmapped.has(variable), variable).toBe(true);
  });

  it("names an existing item, a strength and a why in every row, once per variable and item", () => {
    for (const row of CTDC_CROSSWALK) {
      expect(itemExists(row.item), `${row.variable} → ${row.item}`).toBe(true);
      expect(["direct", "partial"]).toContain(row.strength);
      expect(row.why).toMatch(/^[A-Z0-9].*\.$/);
      expect(row.childOnly === true, `${row.variable} → ${row.item}`).toBe(row.item.startsWith("child-labour/"));
    }
    const pairs = CTDC_CROSSWALK.map((row) => `${row.variable} → ${row.item}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("reads a 0 as no only for the two exploitation types every contributor records", () => {
    expect(CTDC_CROSSWALK.filter((row) => row.zeroMeansNo).map((row) => `${row.variable} → ${row.item}`)).toEqual([
      "isForcedLabour → palermo/forced-labour-or-services",
      "isSexualExploit → palermo/sexual-exploitation",
    ]);
    expect(CTDC_OWN_ROWS.some((row) => row.variable.startsWith("meansOf") && "zeroMeansNo" in row)).toBe(false);
  });

  it("makes a merged 2024 flag direct only for the items every flag it merges shows directly", () => {
    const direct = (variable: string) =>
      CTDC_CROSSWALK.filter((row) => row.variable === variable && row.strength === "direct")
        .map((row) => row.item)
        .sort();
    for (const [merged, sources] of Object.entries(CTDC_2024_MERGED_MEANS)) {
      const [first, ...rest] = sources.map(direct);
      const common = (first ?? []).filter((item) => rest.every((items) => items.includes(item)));
      expect(direct(merged), merged).toEqual(common);
    }
    expect(direct("meansThreats")).toMatchInlineSnapshot(`
      [
        "ilo-fl-2012/intimidation-and-threats",
      ]
    `);
    expect(direct("meansDebtBondageEarnings")).toEqual([]);
  });
});

/** The statuses of some items, for a compact comparison. */
function statuses(items: Readonly<Partial<Record<string, CtdcItemStatus>>>, refs: readonly string[]) {
  return Object.fromEntries(refs.map((ref) => [ref, items[ref]?.status]));
}

describe("itemsFromCtdcRow", () => {
  const cases: ReadonlyArray<
    readonly [
      title: string,
      { given: Record<string, string>; items: readonly string[]; want: Record<string, string | undefined> },
    ]
  > = [
    [
      "a flag at 1 says yes",
      {
        given: { meansOfControlFalsePromises: "1" },
        items: ["palermo/deception", "ilo-fl-2012/deception"],
        want: { "palermo/deception": "yes", "ilo-fl-2012/deception": "yes" },
      },
    ],
    [
      "-99, NULL and an empty cell are unknown",
      {
        given: { meansOfControlFalsePromises: "-99", meansFalsePromises: "NULL", isAbduction: "" },
        items: ["palermo/deception", "palermo/abduction"],
        want: { "palermo/deception": "unknown", "palermo/abduction": "unknown" },
      },
    ],
    [
      "a means of control at 0 is an unticked box: unknown",
      {
        given: { meansOfControlWithholdsDocuments: "0", meansOfControlThreats: "0" },
        items: ["ilo-fl-2012/retention-of-identity-documents", "palermo/threat-or-use-of-force"],
        want: { "ilo-fl-2012/retention-of-identity-documents": "unknown", "palermo/threat-or-use-of-force": "unknown" },
      },
    ],
    [
      "isForcedLabour and isSexualExploit at 0 say no",
      {
        given: { isForcedLabour: "0", isSexualExploit: "0", isOrganRemoval: "0" },
        items: ["palermo/forced-labour-or-services", "palermo/sexual-exploitation", "palermo/removal-of-organs"],
        want: {
          "palermo/forced-labour-or-services": "no",
          "palermo/sexual-exploitation": "no",
          "palermo/removal-of-organs": "unknown",
        },
      },
    ],
    [
      "a yes wins over a no",
      {
        given: { isForcedLabour: "0", typeOfLabourBegging: "1" },
        items: ["palermo/forced-labour-or-services"],
        want: { "palermo/forced-labour-or-services": "yes" },
      },
    ],
    [
      "a column the row lacks shows nothing",
      { given: {}, items: ["palermo/deception"], want: { "palermo/deception": undefined } },
    ],
    [
      // meansThreats merges a threat of harm (Palermo: threat of force) with threats of the authorities and
      // the use of children (other coercion): a Palermo means for sure, but no one item of them.
      "a merged 2024 flag shows only what all its flags show",
      {
        given: { meansThreats: "1", meansDenyBasicNeeds: "1" },
        items: [
          "ilo-fl-2012/intimidation-and-threats",
          "palermo/other-coercion",
          "ilo-fl-2012/restriction-of-movement",
        ],
        want: {
          "ilo-fl-2012/intimidation-and-threats": "yes",
          "palermo/other-coercion": undefined,
          "ilo-fl-2012/restriction-of-movement": undefined,
        },
      },
    ],
    [
      "the 2024 codebook's spelling meansWithholdDocuments is read as meansWithholdDocs",
      {
        given: { meansWithholdDocuments: "1" },
        items: ["ilo-fl-2012/retention-of-identity-documents"],
        want: { "ilo-fl-2012/retention-of-identity-documents": "yes" },
      },
    ],
    [
      "a child row holds for a minor when exploited",
      {
        given: { isSexualExploit: "1", majorityStatusAtExploit: "Minor" },
        items: ["child-labour/worst-form-sexual", "palermo/sexual-exploitation"],
        want: { "child-labour/worst-form-sexual": "yes", "palermo/sexual-exploitation": "yes" },
      },
    ],
    [
      "a child row is unknown when the age is",
      {
        given: { isSexualExploit: "1", ageBroad: "18--20" },
        items: ["child-labour/worst-form-sexual"],
        want: { "child-labour/worst-form-sexual": "unknown" },
      },
    ],
    [
      "a child row holds for a child at registration (an age band under 18)",
      {
        given: { typeOfLabourIllicitActivities: "1", ageBroad: "9--17" },
        items: ["child-labour/worst-form-illicit"],
        want: { "child-labour/worst-form-illicit": "yes" },
      },
    ],
    [
      "a child row is left out for an adult",
      {
        given: { isForcedLabour: "1", majorityEntry: "Adult" },
        items: ["child-labour/worst-form-slavery"],
        want: { "child-labour/worst-form-slavery": undefined },
      },
    ],
  ];

  it.each(cases)("%s", (_title, { given, items, want }) => {
    expect(statuses(itemsFromCtdcRow(given), items)).toEqual(want);
  });

  it("counts partial rows only when asked", () => {
    const row = { meansDenyBasicNeeds: "1" };
    expect(itemsFromCtdcRow(row)["palermo/other-coercion"]).toBeUndefined();
    expect(itemsFromCtdcRow(row, { includePartial: true })["palermo/other-coercion"]?.status).toBe("yes");
  });

  it("names the values behind a status", () => {
    expect(
      itemsFromCtdcRow({ isSexualExploit: "1", majorityStatusAtExploit: "Minor" })["child-labour/worst-form-sexual"],
    ).toMatchInlineSnapshot(`
        {
          "status": "yes",
          "values": [
            "isSexualExploit=1",
            "majorityStatusAtExploit=Minor",
          ],
        }
      `);
  });

  const variables = [...new Set(CTDC_CROSSWALK.map((row) => row.variable))];
  const rowArbitrary = fc.dictionary(fc.constantFrom(...variables), fc.constantFrom("1", "0", "-99", "NULL", "", "x"), {
    maxKeys: 12,
  });

  it("gives no only where a zeroMeansNo variable is 0", () => {
    fc.assert(
      fc.property(rowArbitrary, (row) => {
        for (const [item, found] of Object.entries(itemsFromCtdcRow(row))) {
          if (found?.status !== "no") continue;
          const because = CTDC_CROSSWALK.some(
            (entry) => entry.item === item && entry.zeroMeansNo && row[entry.variable] === "0",
          );
          if (!because) return false;
        }
        return true;
      }),
    );
  });

  // A missing value never creates a "no": an item can read "no" afterwards only when another value of the
  // row still says so (a row that says both 0 and 1 for one item reads "yes" while the 1 is there).
  it("never turns unknown into no when a value goes missing, and gives no only from a 0 still in the row", () => {
    fc.assert(
      fc.property(rowArbitrary, fc.nat(), fc.constantFrom("-99", "NULL", "", undefined), (row, pick, missing) => {
        const keys = Object.keys(row);
        if (keys.length === 0) return true;
        const key = keys[pick % keys.length] ?? "";
        const reduced: Record<string, string> = { ...row };
        if (missing === undefined) delete reduced[key];
        else reduced[key] = missing;
        const before = itemsFromCtdcRow(row);
        const after = itemsFromCtdcRow(reduced);
        const zeroStillThere = (item: string): boolean =>
          (after[item as keyof typeof after]?.values ?? []).some((value) => value.endsWith("=0"));
        return Object.entries(after).every(([item, found]) => {
          if (found?.status !== "no") return true;
          const was = before[item as keyof typeof before]?.status;
          return was === "no" || (was === "yes" && zeroStillThere(item));
        });
      }),
    );
  });
});
