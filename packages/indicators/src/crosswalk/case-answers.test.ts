import {
  type Bundle,
  type Case,
  EXPLOITATION_TYPES,
  FORCED_CRIMINALITY_TYPES,
  METHODS_OF_CONTROL,
  type Person,
  PROCESS_ROLES,
  RECRUITMENT_METHODS,
  TRAFFICKING_EVENT_TYPES,
  type TraffickingEvent,
  type VictimContext,
} from "@tipx/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ItemRef } from "../checklist";
import { CHECKLISTS, getChecklist, type InstrumentId } from "../checklists/registry";
import { assess } from "../engine/assess";
import { answersFromCase, type CaseAnswers } from "./case-answers";

const PERSON = "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01";
const OTHER = "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f";
const SUSPECT = "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b";
const CASE = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

interface Given {
  readonly person?: Partial<Person>;
  readonly victim?: VictimContext;
  readonly other?: VictimContext;
  readonly suspect?: Case["parties"][number]["perpetrator"];
  readonly events?: readonly TraffickingEvent[];
  readonly case?: Partial<Case>;
}

/** A bundle of three people (entities 0 to 2) and their case (entity 3): the person, another victim, a suspect. */
function bundleWith(given: Given): Bundle {
  return {
    tipx: "1.1",
    id: "c0ffee00-1234-4abc-8def-0123456789ab",
    createdAt: "2022-04-05T10:00:00+07:00",
    sender: { name: "Shelter" },
    purpose: "case-management",
    entities: [
      { type: "Person", id: PERSON, ...given.person },
      { type: "Person", id: OTHER },
      { type: "Person", id: SUSPECT },
      {
        type: "Case",
        id: CASE,
        ...given.case,
        parties: [
          { person: PERSON, roles: ["presumed-victim"], ...(given.victim ? { victim: given.victim } : {}) },
          { person: OTHER, roles: ["victim"], ...(given.other ? { victim: given.other } : {}) },
          { person: SUSPECT, roles: ["suspect"], ...(given.suspect ? { perpetrator: given.suspect } : {}) },
        ],
        ...(given.events ? { events: [...given.events] } : {}),
      },
    ],
  };
}

/** The answers to the questions of a checklist that feed an item. */
function answersFor(result: CaseAnswers, instrument: InstrumentId, item: ItemRef): unknown[] {
  const questions = getChecklist(instrument).questions.filter((question) => question.feeds.includes(item));
  return questions.map((question) => result.answers[question.id]).filter((value) => value !== undefined);
}

/** The answer to the checklist's question for a fact. */
function factAnswer(result: CaseAnswers, instrument: InstrumentId, fact: string): unknown {
  const question = getChecklist(instrument).questions.find((candidate) => candidate.fact === fact);
  return question ? result.answers[question.id] : undefined;
}

describe("answersFromCase: items", () => {
  const cases: ReadonlyArray<
    readonly [
      title: string,
      { given: Given; instrument: InstrumentId; item: ItemRef; want: unknown[]; partial?: boolean },
    ]
  > = [
    [
      "withheld documents answer the ILO question on documents",
      {
        given: { victim: { methodsOfControl: ["WithholdsDocuments"] } },
        instrument: "ilo-fl-2012",
        item: "ilo-fl-2012/retention-of-identity-documents",
        want: ["yes"],
      },
    ],
    [
      "another victim's record does not count",
      {
        given: { victim: {}, other: { methodsOfControl: ["PhysicalAbuse"] } },
        instrument: "ilo-fl-2012",
        item: "ilo-fl-2012/physical-and-sexual-violence",
        want: [],
      },
    ],
    [
      "a leg that names only another person does not count",
      {
        given: { events: [{ eventType: "Transit", transportMode: "road", persons: [OTHER] }] },
        instrument: "palermo",
        item: "palermo/transportation",
        want: [],
      },
    ],
    [
      "a leg whose participants name another person does not count",
      {
        given: { events: [{ eventType: "Transit", participants: [{ person: OTHER, role: "traveller" }] }] },
        instrument: "palermo",
        item: "palermo/transportation",
        want: [],
      },
    ],
    [
      "a leg that names no one counts",
      {
        given: { events: [{ eventType: "Transit", from: { country: "TH" }, to: { country: "MM" } }] },
        instrument: "palermo",
        item: "palermo/transportation",
        want: ["yes"],
      },
    ],
    [
      "a receiver on the person's leg shows receipt",
      {
        given: {
          events: [
            {
              eventType: "Transit",
              participants: [
                { person: PERSON, role: "traveller" },
                { person: SUSPECT, role: "receiver" },
              ],
            },
          ],
        },
        instrument: "palermo",
        item: "palermo/receipt",
        want: ["yes"],
      },
    ],
    [
      "a broker towards the person shows transfer",
      {
        given: { victim: { perpetrators: [{ person: SUSPECT, roles: ["broker"], moneyExchanged: true }] } },
        instrument: "palermo",
        item: "palermo/transfer",
        want: ["yes"],
      },
    ],
    [
      "money exchanged is no payment to a person in control by default",
      {
        given: { victim: { perpetrators: [{ person: SUSPECT, moneyExchanged: true }] } },
        instrument: "palermo",
        item: "palermo/payments-to-controller",
        want: [],
      },
    ],
    [
      "a suspect's role in the whole case counts only when partial rows are asked for",
      {
        given: { victim: { perpetrators: [{ person: SUSPECT }] }, suspect: { rolesInProcess: ["Kidnapper"] } },
        instrument: "palermo",
        item: "palermo/abduction",
        want: ["yes"],
        partial: true,
      },
    ],
    [
      "a suspect's role in the whole case does not count by default",
      {
        given: { victim: { perpetrators: [{ person: SUSPECT }] }, suspect: { rolesInProcess: ["Kidnapper"] } },
        instrument: "palermo",
        item: "palermo/abduction",
        want: [],
      },
    ],
    [
      "a worst form is answered for a person whose age is unknown",
      {
        given: { victim: { exploitationTypes: ["SexualExploitation"] } },
        instrument: "child-labour",
        item: "child-labour/worst-form-sexual",
        want: ["yes"],
      },
    ],
    [
      "a worst form is not answered for a person who was an adult",
      {
        given: { victim: { exploitationTypes: ["SexualExploitation"], ageWhenTrafficked: 25 } },
        instrument: "child-labour",
        item: "child-labour/worst-form-sexual",
        want: [],
      },
    ],
    [
      "drugs a child was made to deal are an illicit activity",
      {
        given: {
          victim: {
            exploitationTypes: ["ForcedCriminality"],
            forcedCriminalityTypes: ["DrugProductionOrTrafficking"],
            ageWhenTrafficked: 15,
          },
        },
        instrument: "child-labour",
        item: "child-labour/worst-form-illicit",
        want: ["yes"],
      },
    ],
  ];

  it.each(cases)("%s", (_title, { given, instrument, item, want, partial }) => {
    const result = answersFromCase(bundleWith(given), PERSON, instrument, { includePartial: partial === true });
    expect(answersFor(result, instrument, item)).toEqual(want);
  });

  it("answers one question per item, and only a question whose every item the record supports", () => {
    // A threat of the authorities shows ILO intimidation directly, abuse of vulnerability only partly.
    const result = answersFromCase(
      bundleWith({ victim: { methodsOfControl: ["ThreatsLawEnforcement"] } }),
      PERSON,
      "ilo-fl-2012",
    );
    const answered = getChecklist("ilo-fl-2012").questions.filter((question) => result.answers[question.id] === "yes");
    expect(answered).toHaveLength(1);
    for (const question of answered) for (const fed of question.feeds) expect(Object.keys(result.items)).toContain(fed);
  });

  it("names the items the record supports that no question carries alone", () => {
    const result = answersFromCase(
      bundleWith({ victim: { exploitationTypes: ["ChildLabour"], ageWhenTrafficked: 12 } }),
      PERSON,
      "child-labour",
      { includePartial: true },
    );
    expect(result.unexpressed).toEqual(["child-labour/below-minimum-age"]);
  });

  it("gives evidence as JSON pointers with codes", () => {
    const result = answersFromCase(
      bundleWith({
        victim: { methodsOfControl: ["FalsePromises"], recruitmentPlace: { country: "TH", locality: "Khon Kaen" } },
        events: [{ eventType: "Transit", from: { country: "TH", locality: "Mae Sot" }, transportMode: "road" }],
      }),
      PERSON,
      "palermo",
    );
    expect(result.evidence).toMatchInlineSnapshot(`
      {
        "lied-to": [
          "/entities/3/parties/0/victim/methodsOfControl: FalsePromises",
        ],
        "moved": [
          "/entities/3/events/0/eventType: Transit",
          "/entities/3/events/0/from/country: TH",
          "/entities/3/events/0/transportMode: road",
        ],
        "recruited": [
          "/entities/3/parties/0/victim/recruitmentPlace/country: TH",
        ],
      }
    `);
  });
});

describe("answersFromCase: facts", () => {
  const ages: ReadonlyArray<readonly [title: string, { given: Given; instrument: InstrumentId; want: unknown }]> = [
    ["the age when trafficked", { given: { victim: { ageWhenTrafficked: 16 } }, instrument: "palermo", want: 16 }],
    [
      "the birth date at the earliest event that concerns the person",
      {
        given: {
          person: { birthDate: "2005-06-01" },
          events: [
            { eventType: "Transit", date: "2023-01-10" },
            { eventType: "Recruitment", date: "2022-03" },
            { eventType: "Recruitment", date: "2019-01-01", persons: [OTHER] },
          ],
        },
        instrument: "palermo",
        want: 16,
      },
    ],
    [
      "a year of birth that leaves the person 17 or 18: unknown",
      {
        given: { person: { birthDate: "2004" }, events: [{ eventType: "Recruitment", date: "2022-03-15" }] },
        instrument: "palermo",
        want: undefined,
      },
    ],
    [
      "a year of birth that leaves the person 21 or 22 under Palermo: either will do",
      {
        given: { person: { birthDate: "2000" }, events: [{ eventType: "Recruitment", date: "2022" }] },
        instrument: "palermo",
        want: 22,
      },
    ],
    [
      "only the case's opening, a child then: a child when trafficked",
      {
        given: { person: { ageEstimate: { years: 16, asOf: "2022-03-29" } }, case: { openedOn: "2022-03-29" } },
        instrument: "palermo",
        want: 16,
      },
    ],
    [
      "only the case's opening, a child then, for child labour: too young an age could have mattered",
      {
        given: { person: { ageEstimate: { years: 16, asOf: "2022-03-29" } }, case: { openedOn: "2022-03-29" } },
        instrument: "child-labour",
        want: undefined,
      },
    ],
    [
      "only the case's opening, an adult then: perhaps a child when trafficked",
      {
        given: { person: { birthDate: "1990-01-01" }, case: { openedOn: "2022-03-29" } },
        instrument: "palermo",
        want: undefined,
      },
    ],
    ["no date at all", { given: { person: { birthDate: "1990-01-01" } }, instrument: "palermo", want: undefined }],
  ];

  it.each(ages)("age: %s", (_title, { given, instrument, want }) => {
    expect(factAnswer(answersFromCase(bundleWith(given), PERSON, instrument), instrument, "age")).toBe(want);
  });

  const migrants: ReadonlyArray<readonly [title: string, { given: Given; want: unknown }]> = [
    [
      "a citizen of another country than of exploitation",
      { given: { person: { citizenships: ["MM"] }, victim: { exploitationPlace: { country: "TH" } } }, want: "yes" },
    ],
    [
      "a citizen of the country of exploitation: unknown, never no",
      {
        given: { person: { citizenships: ["TH"] }, victim: { exploitationPlace: { country: "TH" } } },
        want: undefined,
      },
    ],
    [
      "an unknown citizenship",
      {
        given: { person: { citizenships: ["ZZ"] }, victim: { exploitationPlace: { country: "TH" } } },
        want: undefined,
      },
    ],
    [
      "no place of exploitation, another country than the jurisdiction",
      { given: { person: { citizenships: ["MM"] }, case: { jurisdiction: { country: "TH" } } }, want: "yes" },
    ],
    ["no citizenship recorded", { given: { victim: { exploitationPlace: { country: "TH" } } }, want: undefined }],
  ];

  it.each(migrants)("migrant: %s", (_title, { given, want }) => {
    expect(factAnswer(answersFromCase(bundleWith(given), PERSON, "ilo-fl-2012"), "ilo-fl-2012", "migrant")).toBe(want);
  });

  const works: ReadonlyArray<readonly [title: string, { given: Given; want: unknown }]> = [
    [
      "forced labour with an exploitation event",
      {
        given: { victim: { exploitationTypes: ["ForcedLabour"] }, events: [{ eventType: "Exploitation" }] },
        want: "yes",
      },
    ],
    [
      "forced labour intended only (no exploitation event)",
      { given: { victim: { exploitationTypes: ["ForcedLabour"] } }, want: undefined },
    ],
    [
      "an exploitation that is not work",
      {
        given: { victim: { exploitationTypes: ["OrganRemoval"] }, events: [{ eventType: "Exploitation" }] },
        want: undefined,
      },
    ],
  ];

  it.each(works)("works: %s", (_title, { given, want }) => {
    expect(factAnswer(answersFromCase(bundleWith(given), PERSON, "child-labour"), "child-labour", "works")).toBe(want);
  });

  it("leaves consent and light work unknown", () => {
    const result = answersFromCase(
      bundleWith({ victim: { exploitationTypes: ["ChildLabour"], ageWhenTrafficked: 13 } }),
      PERSON,
      "child-labour",
    );
    expect(factAnswer(result, "child-labour", "light-work")).toBeUndefined();
    expect(factAnswer(answersFromCase(bundleWith({}), PERSON, "palermo"), "palermo", "consented")).toBeUndefined();
  });
});

describe("answersFromCase: errors", () => {
  it("throws a TypeError for an unknown person, a person in no case, a case not theirs, an unknown instrument", () => {
    const bundle = bundleWith({});
    expect(() => answersFromCase(bundle, "00000000-0000-4000-8000-000000000000", "palermo")).toThrow(TypeError);
    const loose: Bundle = {
      ...bundle,
      entities: [...bundle.entities, { type: "Person", id: "00000000-0000-4000-8000-000000000001" }],
    };
    expect(() => answersFromCase(loose, "00000000-0000-4000-8000-000000000001", "palermo")).toThrow(TypeError);
    expect(() => answersFromCase(bundle, PERSON, "palermo", { case: "00000000-0000-4000-8000-000000000002" })).toThrow(
      TypeError,
    );
    expect(() => answersFromCase(bundle, PERSON, "hts-2012" as InstrumentId)).toThrow(TypeError);
  });
});

// Random records, and the same records with some fields removed: removing a field never makes an answer
// or a finding "no", and never adds an item (child-labour items aside: forgetting an adult's age lets a
// child row count, as it must when the age is unknown). Whom an event names is not removed: an event that
// names no one concerns every victim (HTCDS), so removing it widens the event rather than losing a fact.
describe("answersFromCase: a missing field is never a no", () => {
  const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const who = fc.constantFrom(PERSON, OTHER);
  const event = fc
    .record({
      eventType: fc.constantFrom(...TRAFFICKING_EVENT_TYPES),
      date: optional(fc.constantFrom("2019", "2021-06", "2022-03-15")),
      from: optional(fc.constantFrom({ country: "TH" as const }, { locality: "Mae Sot" })),
      to: optional(fc.constant({ country: "MM" as const })),
      transportMode: optional(fc.constantFrom("road" as const, "river" as const)),
      persons: optional(fc.subarray([PERSON, OTHER])),
      participants: optional(
        fc.array(
          fc.record({
            person: who,
            role: fc.constantFrom("traveller" as const, "transporter" as const, "receiver" as const),
          }),
          {
            maxLength: 3,
          },
        ),
      ),
    })
    .map(
      (raw) =>
        Object.fromEntries(
          Object.entries(raw).filter(([, value]) => value !== undefined),
        ) as unknown as TraffickingEvent,
    );
  // fc.option gives undefined for a missing field; clean() drops those keys, as exactOptionalPropertyTypes wants.
  const given = fc.record({
    person: fc.record({
      birthDate: optional(fc.constantFrom("2000", "2005-06", "2007-02-28")),
      citizenships: optional(fc.constantFrom(["TH" as const], ["MM" as const], ["ZZ" as const])),
    }),
    victim: fc.record({
      methodsOfControl: optional(subset(METHODS_OF_CONTROL)),
      exploitationTypes: optional(subset(EXPLOITATION_TYPES)),
      forcedCriminalityTypes: optional(subset(FORCED_CRIMINALITY_TYPES)),
      recruitmentMethods: optional(subset(RECRUITMENT_METHODS)),
      ageWhenTrafficked: optional(fc.integer({ min: 8, max: 40 })),
      exploitationPlace: optional(fc.constantFrom({ country: "TH" as const }, { country: "MM" as const })),
      perpetrators: optional(
        fc.array(
          fc.record({
            person: fc.constant(SUSPECT),
            roles: optional(subset(PROCESS_ROLES)),
            moneyExchanged: optional(fc.boolean()),
          }),
          {
            maxLength: 2,
          },
        ),
      ),
    }),
    events: fc.array(event, { maxLength: 3 }),
    case: fc.record({
      openedOn: optional(fc.constant("2022-03-29")),
      jurisdiction: optional(fc.constant({ country: "TH" as const })),
    }),
  });

  /** Drops the fields of an object (and the undefined ones) whose keep flag is false, one level deep. */
  function drop<T extends object>(value: T, keep: () => boolean): T {
    return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && keep())) as T;
  }

  function clean(record: Given): Given {
    return drop(
      {
        person: drop(record.person ?? {}, () => true),
        victim: drop(record.victim ?? {}, () => true) as VictimContext,
        ...(record.events ? { events: record.events } : {}),
        case: drop(record.case ?? {}, () => true),
      },
      () => true,
    );
  }

  function reduce(record: Given, flags: readonly boolean[]): Given {
    let i = 0;
    const keep = () => flags[i++ % Math.max(flags.length, 1)] ?? true;
    return {
      person: drop(record.person ?? {}, keep),
      victim: drop(record.victim ?? {}, keep) as VictimContext,
      // An event keeps its type, which the model requires, and whom it names: without persons or
      // participants it would name no one, which HTCDS reads as all the victims, a wider event.
      events: (record.events ?? []).filter(keep).map((item) => ({
        ...drop(item, keep),
        eventType: item.eventType,
        ...(item.persons ? { persons: item.persons } : {}),
        ...(item.participants ? { participants: item.participants } : {}),
      })),
      case: drop(record.case ?? {}, keep),
    };
  }

  it("holds for every instrument", () => {
    fc.assert(
      fc.property(given, fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (raw, flags) => {
        const full = clean(raw as unknown as Given);
        const reduced = reduce(full, flags);
        for (const { id } of CHECKLISTS) {
          const instrument = id as InstrumentId;
          const before = answersFromCase(bundleWith(full), PERSON, instrument);
          const after = answersFromCase(bundleWith(reduced), PERSON, instrument);
          for (const result of [before, after]) {
            expect(Object.values(result.answers)).not.toContain("no");
            const outcome = assess(instrument, result.answers);
            expect(outcome.findings.filter((finding) => finding.status === "no")).toEqual([]);
          }
          for (const item of Object.keys(after.items))
            if (!item.startsWith("child-labour/")) expect(Object.keys(before.items), item).toContain(item);
        }
      }),
      { numRuns: 200 },
    );
  });
});
