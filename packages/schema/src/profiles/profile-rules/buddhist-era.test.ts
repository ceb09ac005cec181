import { describe, expect, it } from "vitest";
import type { Catalogue } from "../../i18n/catalogue";
import { es } from "../../locales/es/index";
import { th } from "../../locales/th/index";
import { bundleWith, type Edit } from "../../validate/_test-bundles";
import { type ValidateOptions, validate } from "../../validate/validate";

/** The valid bundle with years copied from Thai documents as they are, in the Buddhist Era. */
const BE_DATES: readonly Edit[] = [
  ["/entities/2/birthDate", "2544-05"],
  ["/entities/4/openedOn", "2565-03-29"],
  ["/entities/4/status", "Closed"],
  ["/entities/4/closureReason", "The victim returned home."],
  ["/entities/4/closedOn", "2022-03-31"],
  ["/entities/4/events/0/date", "2565-03-29"],
];

/** The codes and paths of the issues, sorted (the order of the rules is not the point here). */
const issuesOf = (edits: readonly Edit[], options: ValidateOptions): [string, string][] =>
  validate(bundleWith(...edits), options)
    .issues.map((issue): [string, string] => [issue.code, issue.path])
    .sort((a, b) => a.join(" ").localeCompare(b.join(" ")));

describe("Buddhist Era years under the TH profile (TIPX350)", () => {
  it("reports each year of 2400 or later, and leaves out the order, age and after-the-bundle issues it causes", () => {
    const result = validate(bundleWith(...BE_DATES), { profile: "TH" });
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.severity, issue.params])).toEqual([
      ["TIPX350", "/entities/2/birthDate", "warning", { field: "Person.birthDate", offset: 543 }],
      ["TIPX350", "/entities/4/openedOn", "warning", { field: "Case.openedOn", offset: 543, commonEraYear: 2022 }],
      ["TIPX350", "/entities/4/events/0/date", "warning", { field: "TraffickingEvent.date", offset: 543 }],
    ]);
    expect(result.ok).toBe(true);
  });

  it("without the profile, the same dates give the confusing issues the warning replaces", () => {
    expect(issuesOf(BE_DATES, {})).toEqual([
      ["TIPX404", "/entities/4/closedOn"],
      ["TIPX405", "/entities/2/birthDate"],
      ["TIPX406", "/entities/2/majorityStatus"],
      ["TIPX410", "/entities/2/birthDate"],
      ["TIPX410", "/entities/4/events/0/date"],
      ["TIPX410", "/entities/4/openedOn"],
    ]);
    // Argentina's calendar is Gregorian: a year of 2565 is only a date after the bundle there.
    expect(issuesOf(BE_DATES, { profile: "AR" }).filter(([code]) => code === "TIPX350")).toEqual([]);
  });

  it("keeps the issues of other dates, and of a date in the Common Era beside one in the Buddhist Era", () => {
    const edits: Edit[] = [
      ["/entities/4/openedOn", "2565-03-29"],
      ["/entities/5/givenOn", "2022-05-01"],
      ["/entities/6/respondedOn", "2022-03-01"],
    ];
    expect(issuesOf(edits, { profile: "TH" })).toEqual([
      ["TIPX350", "/entities/4/openedOn"],
      ["TIPX404", "/entities/6/respondedOn"],
      ["TIPX410", "/entities/5/givenOn"],
    ]);
  });

  it("finds dates in every date field of the model, the bundle's own included", () => {
    const edits: Edit[] = [
      ["/createdAt", "2565-04-01T09:00:00+07:00"],
      ["/entities/3/ageEstimate", { years: 30, asOf: "2565-03-29" }],
      ["/entities/2/identityDocuments", [{ kind: "passport", number: "XX0000001", expiresOn: "2570-01-31" }]],
      ["/entities/0/meta", { createdAt: "2565-03-29T10:00:00+07:00" }],
    ];
    expect(validate(bundleWith(...edits), { profile: "TH" }).issues.map((i) => [i.path, i.params])).toEqual([
      ["/createdAt", { field: "Bundle.createdAt", offset: 543, commonEraYear: 2022 }],
      ["/entities/0/meta/createdAt", { field: "RecordMeta.createdAt", offset: 543, commonEraYear: 2022 }],
      ["/entities/2/identityDocuments/0/expiresOn", { field: "IdentityDocument.expiresOn", offset: 543 }],
      ["/entities/3/ageEstimate/asOf", { field: "AgeEstimate.asOf", offset: 543 }],
    ]);
  });

  it("never gives the Common Era year of a sensitive date, in any language", () => {
    for (const locale of [undefined, th, es]) {
      const birth = validate(bundleWith(["/entities/2/birthDate", "2544-05"]), {
        profile: "TH",
        ...(locale ? { locale } : {}),
      }).issues;
      expect(birth.map((issue) => issue.code)).toEqual(["TIPX350"]);
      expect(JSON.stringify(birth)).not.toMatch(/2001|2544/);
    }
  });

  it("reads like this", () => {
    const messages = (locale: Catalogue | undefined): string[] =>
      validate(bundleWith(...BE_DATES.slice(0, 2)), { profile: "TH", ...(locale ? { locale } : {}) }).issues.map(
        (issue) => issue.message,
      );
    expect([undefined, th, es].flatMap(messages)).toMatchInlineSnapshot(`
      [
        "The year in “Birth date” looks like a Buddhist Era year (BE = CE + 543); subtract 543 from it to write the date in the Common Era.",
        "The year in “Opened on” looks like a Buddhist Era year (BE = CE + 543); in the Common Era it is 2022.",
        "ปีในฟิลด์ “วันเกิด” ดูเหมือนเป็นปีพุทธศักราช (พ.ศ. = ค.ศ. + 543) ให้ลบ 543 ออกจากปีเพื่อเขียนวันที่เป็นคริสต์ศักราช",
        "ปีในฟิลด์ “วันที่เปิดกรณี” ดูเหมือนเป็นปีพุทธศักราช (พ.ศ. = ค.ศ. + 543) ปีคริสต์ศักราชคือ 2022",
        "El año del campo «Fecha de nacimiento» parece un año de la era budista (año budista = año de la era común + 543); réstele 543 para escribir la fecha en la era común.",
        "El año del campo «Abierto el» parece un año de la era budista (año budista = año de la era común + 543); en la era común es 2022.",
      ]
    `);
  });
});
