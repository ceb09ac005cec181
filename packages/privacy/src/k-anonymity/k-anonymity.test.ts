import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { es } from "../locales/es";
import { th } from "../locales/th";
import { guaranteeText } from "./guarantee";
import { type FlatRow, kAnonymity } from "./k-anonymity";
import { PrivacyOptionsError } from "./options-error";

const QI = ["ageBroad", "gender", "citizenship"] as const;
const LABELS = { ageBroad: "age band", gender: "gender", citizenship: "citizenship", type: "exploitation type" };

/** `n` copies of a row. */
function times(n: number, row: FlatRow): FlatRow[] {
  return Array.from({ length: n }, () => ({ ...row }));
}

/** Rows of a few columns with few values, so that classes of every size occur; `undefined` leaves the column out. */
const rowArbitrary = fc
  .record({
    ageBroad: fc.constantFrom("9--17", "18--20", null, undefined),
    gender: fc.constantFrom("Man", "Woman", null, undefined),
    citizenship: fc.constantFrom("THA", "PRY", 1, "1"),
    type: fc.constantFrom("Labour", "Sexual", "Other", null, undefined),
  })
  .map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as FlatRow);

/** The key of a row's class, read independently of the implementation. */
function classOf(row: FlatRow): string {
  return JSON.stringify(QI.map((column) => (column in row ? row[column] : null)));
}

describe("kAnonymity", () => {
  it("suppresses the combinations shared by fewer than k rows", () => {
    const rows = [
      ...times(11, { ageBroad: "18--20", gender: "Woman", citizenship: "THA" }),
      ...times(10, { ageBroad: "18--20", gender: "Man", citizenship: "THA" }),
      ...times(12, { ageBroad: "48+", gender: "Woman", citizenship: null }),
    ];
    const result = kAnonymity(rows, { quasiIdentifiers: QI, labels: LABELS });
    expect(result).toMatchObject({ input: 33, kept: 23, suppressed: 10, k: 11, suppress: true });
    expect(result.failingK).toEqual([{ key: { ageBroad: "18--20", gender: "Man", citizenship: "THA" }, size: 10 }]);
    expect(result.classes.map((c) => c.size).sort()).toEqual([11, 12]);
    expect(result.guarantee).toMatchInlineSnapshot(
      `"Every combination of age band, gender and citizenship in this table is shared by at least 11 people."`,
    );
  });

  it("treats a missing quasi-identifier and null as one value of their own", () => {
    const rows = [...times(2, { gender: null }), ...times(2, {}), ...times(3, { gender: "null" })];
    const result = kAnonymity(rows, { quasiIdentifiers: ["gender"], k: 4 });
    expect(result.classes).toEqual([{ key: { gender: null }, size: 4 }]);
    expect(result.failingK).toEqual([{ key: { gender: "null" }, size: 3 }]);
  });

  it("with suppress: false reports the failing classes and keeps their rows", () => {
    const rows = [...times(11, { gender: "Woman" }), { gender: "Man" }];
    const result = kAnonymity(rows, { quasiIdentifiers: ["gender"], suppress: false });
    expect(result).toMatchObject({ kept: 12, suppressed: 0, failingK: [{ key: { gender: "Man" }, size: 1 }] });
    expect(result.rows).toHaveLength(12);
    expect(result.guarantee).toMatchInlineSnapshot(
      `"This table is not 11-anonymous: 1 combination of gender is shared by fewer than 11 people, and it was not suppressed."`,
    );
  });

  it("suppresses the classes that fail l-diversity and reports them separately", () => {
    const rows = [
      ...times(6, { gender: "Woman", type: "Labour" }),
      ...times(6, { gender: "Woman", type: "Sexual" }),
      ...times(11, { gender: "Man", type: "Labour" }),
      ...times(3, { gender: "Man", type: null }),
      ...times(2, { gender: null, type: "Other" }),
    ];
    const result = kAnonymity(rows, { quasiIdentifiers: ["gender"], sensitive: "type", labels: LABELS });
    expect(result.failingL).toEqual([{ key: { gender: "Man" }, size: 14, distinct: 1 }]);
    expect(result.failingK).toEqual([{ key: { gender: null }, size: 2 }]);
    expect(result).toMatchObject({ kept: 12, suppressed: 16, diversity: { sensitive: "type", l: 2 } });
    expect(result.guarantee).toMatchInlineSnapshot(
      `"Every combination of gender in this table is shared by at least 11 people, and each such group has at least 2 different values of exploitation type."`,
    );
  });

  it("says when no row is left", () => {
    const result = kAnonymity(times(3, { gender: "Woman" }), { quasiIdentifiers: ["gender"] });
    expect(result).toMatchObject({ kept: 0, suppressed: 3, rows: [] });
    expect(result.guarantee).toMatchInlineSnapshot(
      `"This table has no rows left: every combination of gender was shared by fewer than 11 people, so all were suppressed."`,
    );
  });

  it("keeps no row value beyond the quasi-identifiers in its report", () => {
    const rows = times(2, { gender: "Woman", name: "Somchai", type: "Labour" });
    const result = kAnonymity(rows, { quasiIdentifiers: ["gender"], sensitive: "type", l: 1 });
    const { rows: _, ...report } = result;
    expect(JSON.stringify(report)).not.toMatch(/Somchai|Labour/);
  });

  it.each([
    ["no quasi-identifier", { quasiIdentifiers: [] }, "no-columns"],
    ["a repeated quasi-identifier", { quasiIdentifiers: ["a", "a"] }, "duplicate-column"],
    ["k = 0", { quasiIdentifiers: ["a"], k: 0 }, "invalid-k"],
    ["k = 2.5", { quasiIdentifiers: ["a"], k: 2.5 }, "invalid-k"],
    ["l = 0", { quasiIdentifiers: ["a"], sensitive: "s", l: 0 }, "invalid-l"],
    ["l without sensitive", { quasiIdentifiers: ["a"], l: 2 }, "l-without-sensitive"],
    ["a sensitive quasi-identifier", { quasiIdentifiers: ["a"], sensitive: "a" }, "sensitive-is-quasi-identifier"],
  ] as const)("rejects %s", (_, options, code) => {
    expect(() => kAnonymity([], options)).toThrow(expect.objectContaining({ code }));
    expect(() => kAnonymity([], options)).toThrow(PrivacyOptionsError);
  });

  it("property: after suppression every class has at least k rows and l distinct sensitive values, and counts add up", () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { maxLength: 80 }),
        fc.integer({ min: 1, max: 6 }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        (rows, k, l) => {
          const result = kAnonymity(rows, {
            quasiIdentifiers: QI,
            k,
            ...(l === undefined ? {} : { sensitive: "type", l }),
          });
          expect(result.kept + result.suppressed).toBe(result.input);
          expect(result.input).toBe(rows.length);
          expect(result.rows).toHaveLength(result.kept);
          const failingRows = [...result.failingK, ...result.failingL].reduce((sum, c) => sum + c.size, 0);
          expect(failingRows).toBe(result.suppressed);
          expect(result.classes.reduce((sum, c) => sum + c.size, 0)).toBe(result.kept);

          const byClass = new Map<string, FlatRow[]>();
          for (const row of result.rows) byClass.set(classOf(row), [...(byClass.get(classOf(row)) ?? []), row]);
          for (const members of byClass.values()) {
            expect(members.length).toBeGreaterThanOrEqual(k);
            if (l !== undefined) {
              const distinct = new Set(members.flatMap((row) => (row["type"] == null ? [] : [row["type"]])));
              expect(distinct.size).toBeGreaterThanOrEqual(l);
            }
          }
          // The rows kept are input rows, in input order.
          let from = 0;
          for (const row of result.rows) from = rows.indexOf(row, from) + 1;
          expect(from).toBeGreaterThan(result.kept === 0 ? -1 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("property: with suppress: false every row is kept and the same classes fail", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (rows, k) => {
        const reported = kAnonymity(rows, { quasiIdentifiers: QI, k, suppress: false });
        const suppressed = kAnonymity(rows, { quasiIdentifiers: QI, k });
        expect(reported.kept).toBe(rows.length);
        expect(reported.failingK).toEqual(suppressed.failingK);
      }),
      { numRuns: 200 },
    );
  });
});

describe("guaranteeText", () => {
  const rows = [
    ...times(11, { ageBroad: "18--20", gender: "Woman", citizenship: "THA", type: "Labour" }),
    ...times(11, { ageBroad: "18--20", gender: "Woman", citizenship: "THA", type: "Sexual" }),
  ];
  const result = kAnonymity(rows, { quasiIdentifiers: QI, sensitive: "type", labels: LABELS });

  it("is the English guarantee without a locale", () => {
    expect(guaranteeText(result)).toBe(result.guarantee);
  });

  it("reads in Thai and Spanish", () => {
    expect(
      guaranteeText(result, th, {
        ageBroad: "ช่วงอายุ",
        gender: "เพศ",
        citizenship: "สัญชาติ",
        type: "ประเภทการแสวงประโยชน์",
      }),
    ).toMatchInlineSnapshot(
      `"ข้อมูลช่วงอายุ, เพศ และสัญชาติแต่ละชุดที่ปรากฏในตารางนี้ตรงกับบุคคลอย่างน้อย 11 คน และในแต่ละกลุ่มมีประเภทการแสวงประโยชน์ที่แตกต่างกันอย่างน้อย 2 แบบ"`,
    );
    expect(
      guaranteeText(result, es, {
        ageBroad: "franja de edad",
        gender: "género",
        citizenship: "ciudadanía",
        type: "tipo de explotación",
      }),
    ).toMatchInlineSnapshot(
      `"Cada combinación de franja de edad, género y ciudadanía en esta tabla es compartida por al menos 11 personas, y cada uno de esos grupos tiene al menos 2 valores distintos de tipo de explotación."`,
    );
    const notHeld = kAnonymity([{ gender: "Man" }], { quasiIdentifiers: ["gender"], suppress: false });
    expect(guaranteeText(notHeld, th, { gender: "เพศ" })).toMatchInlineSnapshot(
      `"ตารางนี้ไม่เป็นไปตามเงื่อนไขที่ข้อมูลแต่ละชุดต้องตรงกับบุคคลอย่างน้อย 11 คน โดยข้อมูลเพศ จำนวน 1 ชุดตรงกับบุคคลน้อยกว่า 11 คน และยังไม่ได้ตัดออก"`,
    );
    expect(guaranteeText(notHeld, es, { gender: "género" })).toMatchInlineSnapshot(
      `"Esta tabla no es 11-anónima: 1 combinación de género es compartida por menos de 11 personas y no se suprimió."`,
    );
  });
});
