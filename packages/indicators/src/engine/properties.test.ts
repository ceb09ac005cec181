import { PROFILE_CODES } from "@tipx/schema";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "../checklist";
import { CHECKLISTS, getChecklist, type InstrumentId } from "../checklists/registry";
import { assess } from "./assess";

const INSTRUMENTS = CHECKLISTS.map((c) => c.id as InstrumentId);

/** Random answers to a checklist: each question left out, or answered as its kind allows. */
function answersFor(instrument: InstrumentId): fc.Arbitrary<Answers> {
  const entries = getChecklist(instrument).questions.map((q) => {
    const value: fc.Arbitrary<string | number> =
      q.answer.kind === "number"
        ? fc.integer({ min: q.answer.min, max: Math.min(q.answer.max, 90) })
        : q.answer.kind === "choice"
          ? fc.constantFrom(...q.answer.options)
          : q.answer.kind === "date"
            ? fc.constant("2022-03-29")
            : fc.constantFrom("yes", "no", "unknown");
    return [q.id, fc.option(value, { nil: undefined })] as const;
  });
  const record: fc.Arbitrary<Record<string, string | number | undefined>> = fc.record(Object.fromEntries(entries));
  return record.map(
    (answers): Answers =>
      Object.fromEntries(
        Object.entries(answers).filter((entry): entry is [string, string | number] => entry[1] !== undefined),
      ),
  );
}

const anyProfile = fc.option(fc.constantFrom(...PROFILE_CODES), { nil: undefined });
const case_ = fc
  .constantFrom(...INSTRUMENTS)
  .chain((instrument) =>
    fc.record({ instrument: fc.constant(instrument), answers: answersFor(instrument), profile: anyProfile }),
  );

/** The questions whose "yes" counts for an indicator (those that feed an item): not the light-work exception. */
function indicatorQuestions(instrument: InstrumentId): string[] {
  return getChecklist(instrument)
    .questions.filter((q) => q.feeds.length > 0 && q.answer.kind === "tri-state")
    .map((q) => q.id);
}

describe("assess: properties", () => {
  it("never turns `indicated` into something else when an indicator question is answered yes", () => {
    fc.assert(
      fc.property(case_, fc.nat(), ({ instrument, answers, profile }, pick) => {
        const options = profile ? { profile } : {};
        if (assess(instrument, answers, options).classification !== "indicated") return;
        const questions = indicatorQuestions(instrument);
        const question = questions[pick % questions.length] as string;
        expect(assess(instrument, { ...answers, [question]: "yes" }, options).classification).toBe("indicated");
      }),
      { numRuns: 400 },
    );
  });

  it("never gives `indicated` when every answer is unknown", () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSTRUMENTS), anyProfile, fc.boolean(), (instrument, profile, explicit) => {
        const answers: Answers = explicit
          ? Object.fromEntries(getChecklist(instrument).questions.map((q) => [q.id, "unknown"]))
          : {};
        expect(assess(instrument, answers, profile ? { profile } : {}).classification).not.toBe("indicated");
      }),
    );
  });

  it("never requires a means for a child under Palermo, under any profile", () => {
    fc.assert(
      fc.property(answersFor("palermo"), anyProfile, fc.integer({ min: 0, max: 17 }), (answers, profile, age) => {
        const withElements = { ...answers, age, moved: "yes", "forced-work": "yes" };
        expect(assess("palermo", withElements, profile ? { profile } : {}).classification).toBe("indicated");
      }),
    );
  });

  it("never requires a means under Argentina's profile, at any age", () => {
    fc.assert(
      fc.property(answersFor("palermo"), (answers) => {
        const withElements = { ...answers, moved: "yes", "forced-work": "yes" };
        expect(assess("palermo", withElements, { profile: "AR" }).classification).toBe("indicated");
      }),
    );
  });

  it("does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(case_, fc.nat(), ({ instrument, answers, profile }, seed) => {
        const entries = Object.entries(answers);
        const shuffled = Object.fromEntries(
          entries
            .map((entry, i) => [entry, (i * 7919 + seed) % 1009] as const)
            .sort((a, b) => a[1] - b[1])
            .map(([e]) => e),
        );
        const options = profile ? { profile } : {};
        expect(assess(instrument, shuffled, options)).toEqual(assess(instrument, answers, options));
      }),
    );
  });
});
