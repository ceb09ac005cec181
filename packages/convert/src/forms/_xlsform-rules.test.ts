import { LANGS, type Lang } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { _checkXlsForm } from "./_xlsform-rules";
import { FORM_IDS, getForm } from "./forms";
import { xlsFormSheets } from "./xlsform-sheets";

/** `${name}`, an XLSForm reference to a question. */
const ref = (name: string): string => `$${"{"}${name}}`;

const LANG_SETS: readonly (readonly Lang[])[] = [[...LANGS], ["en"], ["th"], ["es", "en"]];

describe("every generated form keeps the XLSForm rules", () => {
  const cases = FORM_IDS.flatMap((id) => LANG_SETS.map((langs) => [id, langs] as const));
  it.each(cases)("%s in %j", (id, langs) => {
    const form = getForm(id);
    expect(form).toBeDefined();
    if (!form) return;
    const sheets = xlsFormSheets(form, { langs });
    expect(_checkXlsForm(sheets)).toEqual([]);
    expect(sheets.survey).toHaveLength(form.questions.length + 1);
    const labels = sheets.survey[0]?.filter((c) => c.startsWith("label::"));
    expect(labels).toHaveLength(langs.length);
  });
});

describe("_checkXlsForm", () => {
  const header = ["type", "name", "label::English (en)", "required", "relevant", "constraint"];
  const choicesHeader = ["list_name", "name", "label::English (en)"];
  const settings = [
    ["form_title", "form_id", "version", "default_language"],
    ["T", "t", "1", "English (en)"],
  ];
  const cases: readonly [string, { survey: string[][]; choices: string[][] }, string[]][] = [
    ["a valid form", { survey: [["select_one yn", "q1", "Q", "", "", ""]], choices: [["yn", "yes", "Yes"]] }, []],
    ["an undefined list", { survey: [["select_one xx", "q1", "Q", "", "", ""]], choices: [] }, ["undefined-list"]],
    [
      "a repeated name",
      {
        survey: [
          ["text", "q1", "Q", "", "", ""],
          ["text", "q1", "Q", "", "", ""],
        ],
        choices: [],
      },
      ["repeated-name"],
    ],
    ["an invalid name", { survey: [["text", "1q", "Q", "", "", ""]], choices: [] }, ["invalid-name"]],
    [
      "a dangling reference",
      { survey: [["text", "q1", "Q", "", `${ref("q9")} = ''`, ""]], choices: [] },
      ["undefined-reference"],
    ],
    [
      "a repeated choice",
      {
        survey: [],
        choices: [
          ["yn", "yes", "Yes"],
          ["yn", "yes", "Y"],
        ],
      },
      ["repeated-choice"],
    ],
    ["a choice name with a space", { survey: [], choices: [["yn", "y s", "Yes"]] }, ["invalid-choice-name"]],
    ["an unknown type", { survey: [["select_one", "q1", "Q", "", "", ""]], choices: [] }, ["unknown-type"]],
  ];
  it.each(cases)("finds %s", (_, { survey, choices }, want) => {
    const breaks = _checkXlsForm({
      survey: [header, ...survey],
      choices: [choicesHeader, ...choices],
      settings,
      fallbacks: [],
    });
    expect(breaks.map((b) => b.rule)).toEqual(want);
  });

  it("names the row of a break as a spreadsheet shows it", () => {
    const breaks = _checkXlsForm({
      survey: [header, ["text", "q1", "Q", "", "", ""], ["text", "q 2", "Q", "", "", ""]],
      choices: [choicesHeader],
      settings,
      fallbacks: [],
    });
    expect(breaks).toEqual([{ rule: "invalid-name", sheet: "survey", row: 3 }]);
  });
});
