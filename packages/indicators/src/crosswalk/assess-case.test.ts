import { readFileSync } from "node:fs";
import { type Bundle, validate } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { assessBundle, assessCase, withAssessments } from "./assess-case";

const MAE_SOT = JSON.parse(
  readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8"),
) as Bundle;

/** The persons of the Mae Sot case by their role there. */
function partiesWithRole(bundle: Bundle, role: "presumed-victim" | "suspect"): string[] {
  return bundle.entities.flatMap((entity) =>
    entity.type === "Case"
      ? entity.parties.filter((party) => party.roles.includes(role)).map((party) => party.person)
      : [],
  );
}

const VICTIMS = partiesWithRole(MAE_SOT, "presumed-victim");
const SUSPECTS = partiesWithRole(MAE_SOT, "suspect");
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("the Mae Sot example under Palermo", () => {
  const results = assessBundle(MAE_SOT, { instrument: "palermo" });

  it("assesses exactly the 11 presumed victims, not the 2 suspects", () => {
    expect(VICTIMS).toHaveLength(11);
    expect(SUSPECTS).toHaveLength(2);
    expect(results.map((result) => result.person)).toEqual(VICTIMS);
    for (const suspect of SUSPECTS) expect(results.map((result) => result.person)).not.toContain(suspect);
  });

  it("finds each of them indicated under the Thai profile, the bundle's own", () => {
    for (const { outcome } of results) {
      expect(outcome.profile).toBe("TH");
      expect(outcome.classification).toBe("indicated");
      expect(outcome.rule).toBe("national/TH");
    }
  });

  it("finds each of them indicated under the Protocol alone", () => {
    for (const result of assessBundle(MAE_SOT, { instrument: "palermo", profile: null })) {
      expect(result.outcome.profile).toBeUndefined();
      expect(result.outcome.classification).toBe("indicated");
      expect(result.outcome.rule).toBe("palermo/elements");
    }
  });

  it("names the act, the means and the purpose in the findings, with the record behind them", () => {
    for (const { outcome, assessment } of results) {
      const found = outcome.findings.filter((finding) => finding.status === "yes").map((finding) => finding.item);
      expect(found).toEqual(
        expect.arrayContaining([
          "palermo/recruitment",
          "palermo/transportation",
          "palermo/deception",
          "palermo/forced-labour-or-services",
        ]),
      );
      expect(outcome.elements).toMatchObject({ act: "yes", means: "yes", purpose: "yes", child: "no" });
      const evidence = assessment.answers.map((answer) => answer.evidence ?? "").join("\n");
      expect(evidence).toMatch(/\/victim\/methodsOfControl: FalsePromises/);
      expect(evidence).toMatch(/\/victim\/exploitationTypes: ForcedCriminality/);
      expect(evidence).toMatch(/\/events\/1\/eventType: Transit/);
      expect(evidence).toMatch(/\/victim\/recruitmentMethods: ThroughOnlineSocialNetworks/);
    }
  });

  it("never answers no, and points only at fields of the record, never at names or free text", () => {
    for (const { assessment } of results) {
      for (const answer of assessment.answers) {
        expect(answer.value).not.toBe("no");
        for (const piece of answer.evidence?.split("; ") ?? [])
          expect(piece).toMatch(/^\/entities\/\d+\/[\w/]+(: [\w, -]+| at \/[\w/]+)?$/);
      }
      expect(JSON.stringify(assessment)).not.toMatch(/Mae Sot|Myawaddy|Tuayang|Thotsob|Sommut/);
    }
  });

  it("makes Assessment entities that validate when added to the bundle", () => {
    const assessed = withAssessments(MAE_SOT, results);
    expect(assessed.entities).toHaveLength(MAE_SOT.entities.length + 11);
    expect(MAE_SOT.entities.some((entity) => entity.type === "Assessment")).toBe(false);
    const result = validate(assessed);
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
    for (const { assessment } of results) {
      expect(assessment.id).toMatch(UUID_V4);
      expect(assessment.assessedOn).toBe("2022-04-05");
      expect(assessment.instrument).toBe("palermo");
    }
  });
});

describe("the Mae Sot example under the ILO indicators", () => {
  it("finds indicators of forced labour (deception) for every victim", () => {
    const results = assessBundle(MAE_SOT, { instrument: "ilo-fl-2012" });
    expect(results).toHaveLength(11);
    for (const { outcome } of results) {
      expect(outcome.classification).toBe("indicated");
      expect(outcome.findings.find((finding) => finding.item === "ilo-fl-2012/deception")?.status).toBe("yes");
    }
    expect(validate(withAssessments(MAE_SOT, results)).ok).toBe(true);
  });

  it("finds the documents withheld only for the two victims whose record says so", () => {
    const withheld = assessBundle(MAE_SOT, { instrument: "ilo-fl-2012" }).filter(
      ({ outcome }) =>
        outcome.findings.find((finding) => finding.item === "ilo-fl-2012/retention-of-identity-documents")?.status ===
        "yes",
    );
    expect(withheld.map((result) => result.person)).toEqual([
      "9de3666c-7a83-41a6-a982-d47273ad3c10",
      "3a107b6c-dc24-4974-b6cc-b5acbba6ee81",
    ]);
  });
});

describe("assessCase", () => {
  const first = VICTIMS[0] ?? "";

  it("records the answers, their evidence and the result in an Assessment", () => {
    const { assessment } = assessCase(MAE_SOT, first, {
      instrument: "palermo",
      id: "0d9c2b7e-5f3a-4c1d-9e8b-7a6f5e4d3c2b",
    });
    const found = assessment.result?.indicators?.filter((finding) => finding.status === "yes");
    expect({
      answers: assessment.answers,
      classification: assessment.result?.classification,
      found,
    }).toMatchInlineSnapshot(`
      {
        "answers": [
          {
            "evidence": "/entities/16/parties/0/victim/ageWhenTrafficked",
            "question": "age",
            "value": 22,
          },
          {
            "evidence": "/entities/16/parties/0/victim/recruitmentMethods: ThroughOnlineSocialNetworks; /entities/16/parties/0/victim/recruitmentPlace/country: TH; /entities/16/parties/0/victim/recruitmentWebsitesAndApps: Facebook; /entities/16/parties/0/victim/perpetrators/1/roles: recruiter; /entities/16/events/0/eventType: Recruitment",
            "question": "recruited",
            "value": "yes",
          },
          {
            "evidence": "/entities/16/parties/0/victim/perpetrators/0/roles: transporter; /entities/16/parties/0/victim/perpetrators/1/roles: transporter; /entities/16/events/1/eventType: Transit; /entities/16/events/1/from/country: TH; /entities/16/events/1/to/country: MM; /entities/16/events/1/transportMode: road; /entities/16/events/1/participants/0/role: traveller; /entities/16/events/1/participants/11/role: transporter; /entities/16/events/1/participants/12/role: transporter",
            "question": "moved",
            "value": "yes",
          },
          {
            "evidence": "/entities/16/parties/0/victim/methodsOfControl: FalsePromises",
            "question": "lied-to",
            "value": "yes",
          },
          {
            "evidence": "/entities/16/parties/0/victim/exploitationTypes: ForcedCriminality; /entities/16/parties/0/victim/forcedCriminalityTypes: OnlineFraudAndScams",
            "question": "forced-work",
            "value": "yes",
          },
        ],
        "classification": "indicated",
        "found": [
          {
            "evidence": [
              "recruited",
            ],
            "indicator": "palermo/recruitment",
            "status": "yes",
          },
          {
            "evidence": [
              "moved",
            ],
            "indicator": "palermo/transportation",
            "status": "yes",
          },
          {
            "evidence": [
              "lied-to",
            ],
            "indicator": "palermo/deception",
            "status": "yes",
          },
          {
            "evidence": [
              "forced-work",
            ],
            "indicator": "palermo/forced-labour-or-services",
            "status": "yes",
          },
        ],
      }
    `);
  });

  it("takes the date and id given", () => {
    const { assessment } = assessCase(MAE_SOT, first, {
      instrument: "icls-2018",
      id: "0d9c2b7e-5f3a-4c1d-9e8b-7a6f5e4d3c2b",
      assessedOn: "2022-04-01",
    });
    expect([assessment.id, assessment.assessedOn, assessment.instrument]).toEqual([
      "0d9c2b7e-5f3a-4c1d-9e8b-7a6f5e4d3c2b",
      "2022-04-01",
      "icls-2018",
    ]);
  });

  it("throws a TypeError for an unknown person and for a person in no case", () => {
    expect(() => assessCase(MAE_SOT, "00000000-0000-4000-8000-000000000000", { instrument: "palermo" })).toThrow(
      TypeError,
    );
    const loose: Bundle = {
      ...MAE_SOT,
      entities: [...MAE_SOT.entities, { type: "Person", id: "00000000-0000-4000-8000-000000000001" }],
    };
    expect(() => assessCase(loose, "00000000-0000-4000-8000-000000000001", { instrument: "palermo" })).toThrow(
      TypeError,
    );
    const organization = MAE_SOT.entities[0]?.id ?? "";
    expect(() => assessCase(MAE_SOT, organization, { instrument: "palermo" })).toThrow(TypeError);
  });

  it("drops the signature of a signed bundle it adds to", () => {
    const signed: Bundle = { ...MAE_SOT, signature: { protected: "eyJhbGciOiJFZERTQSJ9", signature: "c2ln" } };
    expect("signature" in withAssessments(signed, [])).toBe(false);
  });
});
