import { describe, expect, it } from "vitest";
import type { Bundle, Entity } from "../model/bundle";
import type { Case, TraffickingEvent } from "../model/case";
import type { CaseParty, VictimContext } from "../model/case-party";
import { ruleContext } from "./bundle-index";
import { toJsonPointer } from "./json-pointer";
import { checkVictims } from "./victims";

const ID = {
  bundle: "c0ffee00-1234-4abc-8def-0123456789ab",
  victim: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
  other: "4a2d3b5f-0c8e-4d72-9f30-6b7c8d9e0f12",
  suspect: "6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2918",
  case: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  otherCase: "8b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e",
  thirdCase: "7c6d5e4f-3a2b-4c1d-8e0f-9a8b7c6d5e4f",
} as const;

/** The people every bundle of these tests holds, at /entities/0 to /entities/2 (cases follow them). */
const PEOPLE: readonly Entity[] = [
  { type: "Person", id: ID.victim },
  { type: "Person", id: ID.other },
  { type: "Person", id: ID.suspect },
];

/** What the rule reported: code, JSON Pointer and params. */
interface Reported {
  readonly code: string;
  readonly path: string;
  readonly params: unknown;
}

/** Runs the rule alone on the people and `cases` (the first case is /entities/3). */
function run(...cases: readonly Case[]): Reported[] {
  const bundle: Bundle = {
    tipx: "1.1",
    id: ID.bundle,
    createdAt: "2022-04-01T09:00:00+07:00",
    sender: { name: "Provincial task force" },
    purpose: "case-management",
    entities: [...PEOPLE, ...cases],
  };
  const found: Reported[] = [];
  const context = ruleContext(bundle, (code, path, params) => {
    found.push({ code, path: toJsonPointer(path), params });
  });
  checkVictims(bundle, context);
  return found;
}

/** A case with `parties` and the other fields given. */
function caseOf(parties: readonly CaseParty[], fields: Partial<Case> = {}): Case {
  return { type: "Case", id: ID.case, status: "Active", parties: [...parties], ...fields };
}

/** The victim, as a presumed victim with `context`. */
function victimParty(context: VictimContext = {}, roles: CaseParty["roles"] = ["presumed-victim"]): CaseParty {
  return { person: ID.victim, roles, victim: context };
}

const SUSPECT_PARTY: CaseParty = { person: ID.suspect, roles: ["suspect"] };

describe("TIPX412: perpetrator links name suspects of the case", () => {
  it.each<[string, { parties: CaseParty[]; want: Reported[] }]>([
    [
      "a suspect of the case",
      { parties: [victimParty({ perpetrators: [{ person: ID.suspect }] }), SUSPECT_PARTY], want: [] },
    ],
    [
      "a party who is only a witness",
      {
        parties: [victimParty({ perpetrators: [{ person: ID.other }] }), { person: ID.other, roles: ["witness"] }],
        want: [{ code: "TIPX412", path: "/entities/3/parties/0/victim/perpetrators/0/person", params: {} }],
      },
    ],
    [
      "a person who is not a party of the case",
      {
        parties: [victimParty({ perpetrators: [{ person: ID.suspect }, { person: ID.other }] }), SUSPECT_PARTY],
        want: [{ code: "TIPX412", path: "/entities/3/parties/0/victim/perpetrators/1/person", params: {} }],
      },
    ],
    [
      "the victim themselves, even when also a suspect",
      {
        parties: [victimParty({ perpetrators: [{ person: ID.victim }] }, ["presumed-victim", "suspect"])],
        want: [{ code: "TIPX412", path: "/entities/3/parties/0/victim/perpetrators/0/person", params: {} }],
      },
    ],
  ])("%s", (_title, { parties, want }) => {
    expect(run(caseOf(parties)).filter((issue) => issue.code === "TIPX412")).toEqual(want);
  });

  it("does not accept a suspect of another case", () => {
    const victimCase = caseOf([victimParty({ perpetrators: [{ person: ID.suspect }] })]);
    const suspectCase = caseOf([SUSPECT_PARTY], { id: ID.otherCase });
    expect(run(victimCase, suspectCase)).toEqual([
      { code: "TIPX412", path: "/entities/3/parties/0/victim/perpetrators/0/person", params: {} },
    ]);
  });
});

describe("TIPX413: people on a route leg are parties of the case", () => {
  const leg = (...people: string[]): TraffickingEvent => ({
    eventType: "Transit",
    participants: people.map((person, i) => ({ person, role: i === 0 ? "traveller" : "transporter" })),
  });

  it("accepts parties of the case, whatever their role", () => {
    expect(run(caseOf([victimParty(), SUSPECT_PARTY], { events: [leg(ID.victim, ID.suspect)] }))).toEqual([]);
  });

  it("reports each person who is not a party, at the participant", () => {
    const c = caseOf([victimParty()], { events: [leg(ID.victim), leg(ID.victim, ID.suspect, ID.other)] });
    expect(run(c)).toEqual([
      { code: "TIPX413", path: "/entities/3/events/1/participants/1/person", params: {} },
      { code: "TIPX413", path: "/entities/3/events/1/participants/2/person", params: {} },
    ]);
  });

  it("does not accept a party of another case", () => {
    const c = caseOf([victimParty()], { events: [leg(ID.victim, ID.suspect)] });
    expect(run(c, caseOf([SUSPECT_PARTY], { id: ID.otherCase }))).toEqual([
      { code: "TIPX413", path: "/entities/3/events/0/participants/1/person", params: {} },
    ]);
  });
});

describe("TIPX414: forced-criminality subtypes need forced criminality", () => {
  it.each<[string, VictimContext, Reported[]]>([
    ["with ForcedCriminality", { exploitationTypes: ["ForcedCriminality"], forcedCriminalityTypes: ["Theft"] }, []],
    [
      "with other types only",
      { exploitationTypes: ["ForcedLabour"], forcedCriminalityTypes: ["Theft"] },
      [{ code: "TIPX414", path: "/entities/3/parties/0/victim/forcedCriminalityTypes", params: {} }],
    ],
    [
      "without types of exploitation",
      { forcedCriminalityTypes: ["OnlineFraudAndScams"] },
      [{ code: "TIPX414", path: "/entities/3/parties/0/victim/forcedCriminalityTypes", params: {} }],
    ],
    ["with an empty list of subtypes", { exploitationTypes: ["ForcedLabour"], forcedCriminalityTypes: [] }, []],
  ])("%s", (_title, context, want) => {
    expect(run(caseOf([victimParty(context)]))).toEqual(want);
  });
});

describe("TIPX416, TIPX417: roles agree with trafficking statuses", () => {
  it.each<[string, CaseParty["roles"], VictimContext["traffickingStatus"], Reported[]]>([
    [
      "a victim found not to be one",
      ["victim"],
      "NotAVictimOfTrafficking",
      [{ code: "TIPX416", path: "/entities/3/parties/0/victim/traffickingStatus", params: {} }],
    ],
    [
      "a presumed victim confirmed as one",
      ["presumed-victim"],
      "ActualVictimOfTrafficking",
      [{ code: "TIPX417", path: "/entities/3/parties/0/victim/traffickingStatus", params: {} }],
    ],
    ["a victim confirmed as one", ["victim"], "ActualVictimOfTrafficking", []],
    ["a presumed victim still possible", ["presumed-victim"], "PossibleVictimOfTrafficking", []],
    // Only the role victim is checked against a negative status: a presumed victim is not yet one.
    ["a presumed victim found not to be one", ["presumed-victim"], "NotAVictimOfTrafficking", []],
    ["a victim without a status", ["victim"], undefined, []],
  ])("%s", (_title, roles, traffickingStatus, want) => {
    const context: VictimContext = traffickingStatus === undefined ? {} : { traffickingStatus };
    expect(run(caseOf([victimParty(context, roles)]))).toEqual(want);
  });
});

describe("TIPX415: the non-punishment principle", () => {
  /** The victim as a suspect. */
  const victimAsSuspect: CaseParty = { person: ID.victim, roles: ["suspect"] };

  it("reports a suspect who is a victim in the same case, pointing at the victim's party", () => {
    expect(run(caseOf([victimParty({}, ["presumed-victim", "suspect"])]))).toEqual([
      { code: "TIPX415", path: "/entities/3/parties/0", params: { otherPath: "/entities/3/parties/0" } },
    ]);
    expect(run(caseOf([victimParty({}, ["victim"]), SUSPECT_PARTY, victimAsSuspect]))).toEqual([
      { code: "TIPX415", path: "/entities/3/parties/2", params: { otherPath: "/entities/3/parties/0" } },
    ]);
  });

  it("reports a suspect who is a victim in a linked case, whichever case names the link", () => {
    const want: Reported[] = [
      { code: "TIPX415", path: "/entities/4/parties/0", params: { otherPath: "/entities/3/parties/0" } },
    ];
    const victimCase = caseOf([victimParty()]);
    const suspectCase = caseOf([victimAsSuspect], { id: ID.otherCase });
    // the suspect's case names the victim's case
    expect(run(victimCase, { ...suspectCase, relatedCases: [ID.case] })).toEqual(want);
    // the victim's case names the suspect's case
    expect(run({ ...victimCase, relatedCases: [ID.otherCase] }, suspectCase)).toEqual(want);
  });

  it("does not report a suspect who is a victim only in an unrelated case", () => {
    const victimCase = caseOf([victimParty()], { relatedCases: [ID.thirdCase] });
    const suspectCase = caseOf([victimAsSuspect], { id: ID.otherCase });
    const third = caseOf([SUSPECT_PARTY], { id: ID.thirdCase, relatedCases: [ID.otherCase] });
    // victim's case → third case → suspect's case: links are not followed further than one step
    expect(run(victimCase, suspectCase, third)).toEqual([]);
  });

  it("points at the case the link reaches when the person is a victim in several cases", () => {
    const unrelated = caseOf([victimParty()]);
    const linked = caseOf([victimParty({}, ["victim"])], { id: ID.thirdCase });
    const suspectCase = caseOf([SUSPECT_PARTY, victimAsSuspect], { id: ID.otherCase, relatedCases: [ID.thirdCase] });
    expect(run(unrelated, linked, suspectCase)).toEqual([
      { code: "TIPX415", path: "/entities/5/parties/1", params: { otherPath: "/entities/4/parties/0" } },
    ]);
  });

  it("does not report a suspect who is a witness in a linked case", () => {
    const witnessCase = caseOf([victimParty(), { person: ID.suspect, roles: ["witness"] }]);
    const suspectCase = caseOf([SUSPECT_PARTY], { id: ID.otherCase, relatedCases: [ID.case] });
    expect(run(witnessCase, suspectCase)).toEqual([]);
  });
});
