import { describe, expect, it } from "vitest";
import type { Answers } from "../checklist";
import { getChecklist, type InstrumentId } from "../checklists/registry";
import { assess } from "./assess";

/** The id of the first question of a checklist that feeds `item`. */
function asking(instrument: InstrumentId, item: string): string {
  const question = getChecklist(instrument).questions.find((q) => (q.feeds as readonly string[]).includes(item));
  if (!question) throw new Error(`no question of ${instrument} feeds ${item}`);
  return question.id;
}

/** Answers "yes" to one question per item. */
function yes(instrument: InstrumentId, ...items: string[]): Answers {
  return Object.fromEntries(items.map((item) => [asking(instrument, item), "yes"]));
}

/** Answers "no" to every tri-state question that feeds an item. */
function allNo(instrument: InstrumentId): Record<string, string> {
  return Object.fromEntries(
    getChecklist(instrument)
      .questions.filter((q) => q.answer.kind === "tri-state" && q.feeds.length > 0)
      .map((q) => [q.id, "no"]),
  );
}

describe("assess: ILO indicators of forced labour (2012)", () => {
  it("finds indicators present when one indicator is, naming it and the question behind it", () => {
    const outcome = assess("ilo-fl-2012", yes("ilo-fl-2012", "ilo-fl-2012/deception"));
    expect(outcome.classification).toBe("indicated");
    expect(outcome.rule).toBe("ilo-fl-2012/clues");
    expect(outcome.findings.filter((f) => f.status === "yes")).toEqual([
      { item: "ilo-fl-2012/deception", status: "yes", questions: [asking("ilo-fl-2012", "ilo-fl-2012/deception")] },
    ]);
    expect(outcome.explanation).toMatch(/^Indicators of forced labour are present\. Found: indicator \(Deception\)\./);
    expect(outcome.explanation).toContain("not an identification");
  });

  it("is not-indicated only when every indicator is answered no, and inconclusive before that", () => {
    const no = allNo("ilo-fl-2012");
    expect(assess("ilo-fl-2012", no).classification).toBe("not-indicated");
    const [first] = Object.keys(no);
    const { [first as string]: _left, ...missingOne } = no;
    const outcome = assess("ilo-fl-2012", missingOne);
    expect(outcome.classification).toBe("inconclusive");
    expect(outcome.unknowns).toEqual([first]);
  });

  it("treats an unanswered question as unknown, never as no", () => {
    const outcome = assess("ilo-fl-2012", {});
    expect(outcome.classification).toBe("inconclusive");
    expect(outcome.findings.every((f) => f.status === "unknown")).toBe(true);
  });
});

describe("assess: ICLS 2018", () => {
  it("needs both involuntary work and a threat or menace of penalty", () => {
    const both = { ...yes("icls-2018", "icls-2018/very-low-or-no-wages", "icls-2018/withholding-of-documents") };
    expect(assess("icls-2018", both)).toMatchObject({
      classification: "indicated",
      rule: "icls-2018/both-conditions",
      elements: { involuntariness: "yes", coercion: "yes" },
    });
    const involuntaryOnly = { ...allNo("icls-2018"), ...yes("icls-2018", "icls-2018/very-low-or-no-wages") };
    expect(assess("icls-2018", involuntaryOnly).classification).toBe("not-indicated");
    const coercionUnknown = yes("icls-2018", "icls-2018/very-low-or-no-wages");
    expect(assess("icls-2018", coercionUnknown).classification).toBe("inconclusive");
  });
});

describe("assess: Palermo Protocol art. 3 and the national variants", () => {
  const act = "palermo/transportation";
  const means = "palermo/deception";
  const purpose = "palermo/forced-labour-or-services";

  it.each([
    [
      "an adult, with act, means and purpose",
      { ...yes("palermo", act, means, purpose), age: 30 },
      undefined,
      "indicated",
      "palermo/elements",
    ],
    [
      "an adult without a means",
      { ...allNo("palermo"), ...yes("palermo", act, purpose), age: 30 },
      undefined,
      "not-indicated",
      "palermo/elements",
    ],
    [
      "a child without a means",
      { ...allNo("palermo"), ...yes("palermo", act, purpose), age: 16 },
      undefined,
      "indicated",
      "palermo/child-no-means",
    ],
    [
      "an adult without a means, in Argentina",
      { ...allNo("palermo"), ...yes("palermo", act, purpose), age: 30 },
      "AR",
      "indicated",
      "national/AR",
    ],
    [
      "an adult without a means, in Thailand",
      { ...allNo("palermo"), ...yes("palermo", act, purpose), age: 30 },
      "TH",
      "not-indicated",
      "national/TH",
    ],
    [
      "a child without a means, in Thailand",
      { ...allNo("palermo"), ...yes("palermo", act, purpose), age: 15 },
      "TH",
      "indicated",
      "palermo/child-no-means",
    ],
    [
      "no act",
      { ...allNo("palermo"), ...yes("palermo", means, purpose), age: 30 },
      undefined,
      "not-indicated",
      "palermo/elements",
    ],
  ] as const)("%s", (_title, answers, profile, classification, rule) => {
    const outcome = assess("palermo", answers, profile ? { profile } : {});
    expect(outcome.classification).toBe(classification);
    expect(outcome.rule).toBe(rule);
  });

  it("says which unknown answers would decide: the age, when the means is unknown", () => {
    const outcome = assess("palermo", yes("palermo", act, purpose));
    expect(outcome.classification).toBe("inconclusive");
    expect(outcome.unknowns).toContain("age");
  });

  it("keeps a consent from changing the result once a means is used", () => {
    const answers = { ...yes("palermo", act, means, purpose), age: 30, consented: "yes" };
    expect(assess("palermo", answers).classification).toBe("indicated");
  });

  it("refuses an unknown instrument or profile with a TypeError", () => {
    expect(() => assess("hts-2012" as never, {})).toThrow(TypeError);
    expect(() => assess("palermo", {}, { profile: "XX" as never })).toThrow(TypeError);
  });
});

describe("assess: child labour", () => {
  it.each([
    [
      "a worst form, any age under 18",
      { age: 17, ...yes("child-labour", "child-labour/worst-form-illicit") },
      "TH",
      "indicated",
      "child-labour/worst-forms-any-age",
    ],
    [
      "hazardous work at 17",
      { age: 17, ...yes("child-labour", "child-labour/hazardous-work") },
      "TH",
      "indicated",
      "child-labour/hazardous-under-18",
    ],
    [
      "work at 12 in Thailand, below the minimum age and any light-work age",
      { age: 12, works: "yes" },
      "TH",
      "indicated",
      "child-labour/below-minimum-age",
    ],
    [
      "light work at 14 with the C138 defaults",
      {
        age: 14,
        works: "yes",
        "light-work": "yes",
        hazardous: "no",
        "sold-or-forced": "no",
        "sexual-exploitation": "no",
        "illicit-activities": "no",
      },
      undefined,
      "not-indicated",
      "child-labour/light-work-exception",
    ],
    ["an adult", { age: 30, works: "yes" }, "AR", "not-indicated", "child-labour/below-minimum-age"],
  ] as const)("%s", (_title, answers, profile, classification, rule) => {
    const outcome = assess("child-labour", answers, profile ? { profile } : {});
    expect(outcome.classification).toBe(classification);
    expect(outcome.rule).toBe(rule);
  });
});
