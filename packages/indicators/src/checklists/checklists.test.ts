import { describe, expect, it } from "vitest";
import type { AnswerSpec, AnswerValue, Checklist, ItemRef } from "../checklist";
import { FRAMEWORKS, getFramework } from "../frameworks/registry";
import type { QuestionTexts, Text } from "../locales/catalogue";
import { checklists as es } from "../locales/es/checklists";
import { checklists as th } from "../locales/th/checklists";
import { ANSWER_SCHEMAS, answersSchema } from "./answers-schema";
import { CHECKLISTS, getChecklist, type InstrumentId, isInstrumentId } from "./registry";

const BY_ID = CHECKLISTS.map((checklist) => [checklist.id, checklist as Checklist] as const);

/** A valid answer of each kind. */
function validAnswer(answer: AnswerSpec): AnswerValue {
  switch (answer.kind) {
    case "tri-state":
      return "yes";
    case "number":
      return answer.min;
    case "date":
      return "2024-02-29";
    case "choice":
      return answer.options[0] ?? "";
  }
}

describe("the checklist registry", () => {
  it("holds the four instruments, each under its own id", () => {
    expect(CHECKLISTS.map((checklist) => checklist.id)).toEqual([
      "ilo-fl-2012",
      "icls-2018",
      "palermo",
      "child-labour",
    ]);
    for (const checklist of CHECKLISTS) {
      expect(isInstrumentId(checklist.id)).toBe(true);
      expect(getChecklist(checklist.id)).toBe(checklist);
    }
  });

  it.each([["hts-2012"], ["toString"], ["__proto__"], [""]])("has no instrument %j", (id) => {
    expect(isInstrumentId(id)).toBe(false);
    expect(getChecklist(id)).toBeUndefined();
  });
});

describe.each(BY_ID)("the checklist %s", (_id, checklist) => {
  const framework = getFramework(checklist.framework);

  it("runs on a framework tipx holds", () => {
    expect(framework?.id).toBe(checklist.framework);
  });

  it("has unique question ids", () => {
    const ids = checklist.questions.map((question) => question.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("feeds only existing items of its framework", () => {
    const unknown = checklist.questions.flatMap((question) =>
      question.feeds
        .filter((ref) => {
          const [frameworkId, item] = ref.split("/");
          const target = FRAMEWORKS.find((f) => f.id === frameworkId);
          return frameworkId !== checklist.framework || !target || !(item !== undefined && item in target.items);
        })
        .map((ref) => `${question.id} → ${ref}`),
    );
    expect(unknown).toEqual([]);
  });

  it("has exactly one age question: a number of years from 0 to 120", () => {
    const age = checklist.questions.filter((question) => question.fact === "age");
    expect(age.map((question) => [question.id, question.answer])).toEqual([
      ["age", { kind: "number", min: 0, max: 120, unit: "years" }],
    ]);
  });

  it("gives each fact once, and every other fact as a yes/no/unknown question that feeds nothing", () => {
    const facts = checklist.questions.flatMap((question) => (question.fact ? [question.fact] : []));
    expect(facts.filter((fact, index) => facts.indexOf(fact) !== index)).toEqual([]);
    for (const question of checklist.questions.filter((q) => q.fact !== undefined && q.fact !== "age")) {
      expect([question.id, question.answer.kind, question.feeds]).toEqual([question.fact, "tri-state", []]);
    }
  });

  it("asks a migrant-only or child-only question only where it can tell who is a migrant or a child", () => {
    const facts = new Set(checklist.questions.map((question) => question.fact));
    for (const question of checklist.questions) {
      if (question.askIf === "migrant") expect(facts.has("migrant"), question.id).toBe(true);
      if (question.askIf === "child") expect(facts.has("age"), question.id).toBe(true);
    }
  });

  it("asks about immigration and permits only of migrants", () => {
    const aboutMigration = checklist.questions.filter((question) => /immigration|permit/.test(question.id));
    expect(aboutMigration.map((question) => [question.id, question.askIf])).toEqual(
      aboutMigration.map((question) => [question.id, "migrant"]),
    );
  });

  it("gives every sexual-violence or sexual-exploitation question a note on how to ask", () => {
    const sexual = checklist.questions.filter((question) => /sexual/.test(question.id));
    expect(sexual.filter((question) => !question.note).map((question) => question.id)).toEqual([]);
  });
});

/**
 * Items decided from the facts rather than fed by a question: whether a child works below the minimum
 * age, and whether the work is permitted light work, come from the age and the `works` and `light-work`
 * answers, which the rule compares with the country's ages. A question feeding them directly would
 * report "below the minimum age" for a working 17-year-old.
 */
const DECIDED_FROM_FACTS: Readonly<Record<ItemRef, readonly string[]>> = {
  "child-labour/below-minimum-age": ["age", "works"],
  "child-labour/light-work": ["age", "light-work"],
};

describe.each([
  ["every ILO indicator", "ilo-fl-2012", ["indicator"]],
  ["every ICLS circumstance of involuntariness and element of coercion", "icls-2018", ["involuntariness", "coercion"]],
  ["every Palermo act, means and purpose", "palermo", ["act", "means", "purpose"]],
  ["every child-labour item", "child-labour", ["age", "worst-form"]],
] as const)("%s", (_title, instrument, groups) => {
  it("is fed by at least one question (or decided from the facts its checklist asks)", () => {
    const checklist: Checklist = getChecklist(instrument);
    const framework = getFramework(checklist.framework);
    const items = framework.order.filter((id) =>
      (groups as readonly string[]).includes(framework.items[id]?.group ?? ""),
    );
    expect(items.length).toBeGreaterThan(0);
    const fed = new Set(checklist.questions.flatMap((question) => question.feeds));
    const facts = new Set(checklist.questions.map((question) => question.fact));
    const missing = items
      .map((id): ItemRef => `${framework.id}/${id}`)
      .filter((ref) => {
        const from = DECIDED_FROM_FACTS[ref];
        return from ? !from.every((fact) => facts.has(fact as never)) : !fed.has(ref);
      });
    expect(missing).toEqual([]);
  });
});

describe("the child-labour screening", () => {
  it("asks everything but the age only of children", () => {
    const checklist = getChecklist("child-labour");
    expect(checklist.questions.filter((q) => q.id !== "age" && q.askIf !== "child").map((q) => q.id)).toEqual([]);
  });
});

describe.each(BY_ID)("the answers schema of %s", (id, checklist) => {
  const schema = answersSchema(checklist);
  const valid = Object.fromEntries(checklist.questions.map((question) => [question.id, validAnswer(question.answer)]));

  it("accepts an answer to every question, and no answer at all", () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(ANSWER_SCHEMAS[id as InstrumentId].safeParse(valid).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(true);
  });

  it("rejects a question id the checklist does not have", () => {
    const result = schema.safeParse({ ...valid, "not-a-question": "yes" });
    expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([["unrecognized_keys", []]]);
  });

  it("rejects an answer of the wrong kind for each question", () => {
    const wrong: Record<AnswerSpec["kind"], readonly unknown[]> = {
      "tri-state": ["maybe", true, 1],
      number: ["12", -1, 121, Number.NaN],
      date: ["29/02/2024", "2024-02-30", 20240229],
      choice: ["sometimes", 1],
    };
    for (const question of checklist.questions) {
      for (const value of [...wrong[question.answer.kind], undefined, null]) {
        const result = schema.safeParse({ [question.id]: value });
        expect(result.success, `${question.id}: ${String(value)}`).toBe(false);
        expect(result.error?.issues.map((issue) => issue.path)).toEqual([[question.id]]);
      }
    }
  });
});

describe("answersSchema", () => {
  it("reports an unknown id and a wrong answer by code and path", () => {
    const result = ANSWER_SCHEMAS.palermo.safeParse({ age: "seventeen", moved: "maybe", smuggled: "yes" });
    expect(result.error?.issues.map(({ code, path }) => ({ code, path }))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_type",
          "path": [
            "age",
          ],
        },
        {
          "code": "invalid_value",
          "path": [
            "moved",
          ],
        },
        {
          "code": "unrecognized_keys",
          "path": [],
        },
      ]
    `);
  });
});

/** Every text of a question's translation. */
function texts(entry: QuestionTexts): Text[] {
  return [entry.text, ...(entry.note ? [entry.note] : []), ...Object.values(entry.options ?? {})];
}

describe.each([
  ["th", th],
  ["es", es],
] as const)("the %s checklist catalogue", (_lang, catalogue) => {
  it.each(BY_ID)("translates every question of %s, its note and its options, and nothing else", (id, checklist) => {
    const entry = catalogue[id as InstrumentId];
    expect(entry.title.text).not.toBe("");
    expect(entry.purpose.text).not.toBe("");
    const questions: Readonly<Record<string, QuestionTexts>> = entry.questions;
    expect(Object.keys(questions).sort()).toEqual(checklist.questions.map((question) => question.id).sort());
    for (const question of checklist.questions) {
      const translated = questions[question.id];
      expect(translated?.text.text, question.id).toMatch(/\S/);
      expect(translated?.note !== undefined, `${question.id} note`).toBe(question.note !== undefined);
      if (question.note) expect(translated?.note?.text, `${question.id} note`).toMatch(/\S/);
      const options = question.answer.kind === "choice" ? question.answer.options : [];
      expect(Object.keys(translated?.options ?? {}), `${question.id} options`).toEqual(options);
    }
  });

  it("marks every text unreviewed until a native-speaking professional has reviewed it", () => {
    const all = Object.values(catalogue).flatMap((entry) => [
      entry.title,
      entry.purpose,
      ...Object.values(entry.questions as Readonly<Record<string, QuestionTexts>>).flatMap(texts),
    ]);
    expect(all.filter((text) => text.reviewed)).toEqual([]);
  });
});

describe("the Thai checklist catalogue", () => {
  it("never calls a case คดี (a court case): a case-management case is กรณี", () => {
    const withCourtWord = Object.entries(th).flatMap(([id, entry]) =>
      [
        entry.title,
        entry.purpose,
        ...Object.values(entry.questions as Readonly<Record<string, QuestionTexts>>).flatMap(texts),
      ]
        .filter((text) => text.text.includes("คดี"))
        .map((text) => `${id}: ${text.text}`),
    );
    expect(withCourtWord).toEqual([]);
  });
});
