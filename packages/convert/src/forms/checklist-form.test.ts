import { CHECKLISTS } from "@tipx/indicators";
import { describe, expect, it } from "vitest";
import { checklistForm } from "./checklist-form";
import { xlsFormSheets } from "./xlsform-sheets";

/** `${name}`, an XLSForm reference to a question. */
const ref = (name: string): string => `$${"{"}${name}}`;

describe("checklistForm", () => {
  it("asks every question of every checklist, 76 in all", () => {
    const total = CHECKLISTS.reduce((sum, c) => sum + checklistForm(c.id).questions.length, 0);
    expect(total).toBe(CHECKLISTS.reduce((sum, c) => sum + c.questions.length, 0));
    expect(total).toBe(76);
  });

  it.each(CHECKLISTS.map((c) => [c.id, c] as const))(
    "%s keeps the checklist's order and skip logic",
    (id, checklist) => {
      const form = checklistForm(id);
      expect(form.questions.map((q) => q.source)).toEqual(checklist.questions.map((q) => q.id));
      for (const [index, q] of checklist.questions.entries()) {
        const asked = form.questions[index];
        if (q.askIf === "migrant") expect(asked?.relevant).toBe(`${ref("migrant")} != 'no'`);
        if (q.askIf === "child") expect(asked?.relevant).toBe(`${ref("age")} = '' or ${ref("age")} < 18`);
        if (q.askIf === undefined) expect(asked?.relevant).toBeUndefined();
        if (q.answer.kind === "tri-state") expect(asked).toMatchObject({ type: "select_one", list: "tri_state" });
        if (q.answer.kind === "number") expect(asked?.range).toEqual({ min: q.answer.min, max: q.answer.max });
      }
    },
  );

  it("labels a choice question's options in every language", () => {
    const list = checklistForm("icls-2018").choiceLists.find((l) => l.name === "reference_period");
    expect(list?.choices.map((c) => c.name)).toEqual(["current-job", "last-12-months", "last-5-years", "ever"]);
    expect(list?.choices[1]?.label).toMatchObject({ en: "Last 12 months", th: "12 เดือนที่ผ่านมา" });
  });

  it("lists exactly the texts no catalogue has: the yes/no/unknown answers in Thai and Spanish", () => {
    const { fallbacks } = xlsFormSheets(checklistForm("ilo-fl-2012"), { langs: ["en", "th", "es"] });
    expect(fallbacks.map((f) => `${f.lang} ${f.name}`)).toEqual([
      "th tri_state/yes",
      "es tri_state/yes",
      "th tri_state/no",
      "es tri_state/no",
      "th tri_state/unknown",
      "es tri_state/unknown",
    ]);
  });
});
