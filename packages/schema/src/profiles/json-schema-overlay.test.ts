import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IDENTITY_DOCUMENT_KINDS } from "../codelists/identity-documents";
import { PROFILE_ISSUES, type ProfileIssueCode } from "../issues/profile";
import type { Bundle, Entity } from "../model/bundle";
import { ruleContext } from "../rules/bundle-index";
import { AGENCIES } from "./agencies/agencies";
import { profileJsonSchemaOverlay } from "./json-schema-overlay";
import { LEGAL_INSTRUMENTS } from "./law/instruments";
import { PROFILE_CODES, type ProfileCode } from "./profile-code";
import { profileRules } from "./rules";
import { SUBDIVISIONS } from "./subdivisions/subdivisions";

// Whether the committed overlays under packages/schema/json-schema/profiles are up to date is checked with
// every other generated file by test/generated.test.ts (`pnpm run generate --check`).

describe("profile JSON Schema overlays", () => {
  it("have stable, versioned ids and compile under ajv's draft 2020-12", () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false });
    for (const code of PROFILE_CODES) {
      const schema = profileJsonSchemaOverlay(code);
      expect(schema["$id"]).toBe(`https://tipx.dev/schema/1.1/profiles/${code.toLowerCase()}.json`);
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  // What the profile rules report as errors and JSON Schema can express; TIPX302 (check digit) is the
  // documented refinement JSON Schema cannot carry.
  const expressible = (code: string): boolean =>
    code !== "TIPX302" && PROFILE_ISSUES[code as ProfileIssueCode]?.severity === "error";

  const countries = ["TH", "AR", "PY", "LR", "MM"] as const;
  const subdivisionCodes = [
    ...PROFILE_CODES.flatMap((code) => SUBDIVISIONS[code].codes.slice(0, 3)),
    "TH-99",
    "TH-S",
    "AR-I",
    "PY-17",
    "LR-XX",
    "MM-11",
  ];
  const agencyCodes = [
    ...PROFILE_CODES.flatMap((code) => AGENCIES[code].codes.slice(0, 2)),
    "TH-POLICE",
    "AR-POLICIA",
    "RTP",
    "MM-MPF",
  ];
  const instruments = [...PROFILE_CODES.flatMap((code) => LEGAL_INSTRUMENTS[code].codes), "TH-IMMIGRATION-2522", "XX"];
  const numbers = [
    "1-1120-34563-56-2",
    "1-1120-34563-56-3",
    "9-1120-34563-56-2",
    "๑-๑๑๒๐-๓๔๕๖๓-๕๖-๒",
    "20-05536168-2",
    "21-05536168-2",
    "20.123.456",
    "1234567-9",
    "8.177.577",
    "AB1234567",
    "ab 12",
    "?",
  ];
  const uuid = fc.constant("3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01");
  const place = fc.record(
    { country: fc.constantFrom(...countries), subdivision: fc.constantFrom(...subdivisionCodes) },
    { requiredKeys: [] },
  );
  const entity: fc.Arbitrary<Entity> = fc.oneof(
    fc.record({
      type: fc.constant("Person" as const),
      id: uuid,
      address: place,
      identityDocuments: fc.array(
        fc.record(
          {
            kind: fc.constantFrom(...IDENTITY_DOCUMENT_KINDS),
            number: fc.oneof(fc.constantFrom(...numbers), fc.string({ minLength: 1, maxLength: 14 })),
            issuingCountry: fc.constantFrom(...countries),
          },
          { requiredKeys: ["kind", "number"] },
        ),
        { maxLength: 3 },
      ),
    }),
    fc.record(
      {
        type: fc.constant("Organization" as const),
        id: uuid,
        name: fc.constant("Org"),
        country: fc.constantFrom(...countries),
        agency: fc.constantFrom(...agencyCodes),
        address: place,
      },
      { requiredKeys: ["type", "id", "name"] },
    ),
    fc.record({
      type: fc.constant("Operation" as const),
      id: uuid,
      kind: fc.constant("raid" as const),
      date: fc.constant("2025"),
      leadAgency: uuid,
      place,
    }),
    fc.record({
      type: fc.constant("Case" as const),
      id: uuid,
      jurisdiction: fc.record(
        { country: fc.constantFrom(...countries), subdivision: fc.constantFrom(...subdivisionCodes) },
        { requiredKeys: ["country"] },
      ),
      parties: fc.array(
        fc.record({
          person: uuid,
          roles: fc.constant<"victim"[]>(["victim"]),
          victim: fc.record({ recruitmentPlace: place, exploitationPlace: place }, { requiredKeys: [] }),
        }),
        { maxLength: 2 },
      ),
      events: fc.array(fc.record({ eventType: fc.constant("Transit" as const), place }), { maxLength: 2 }),
    }),
    fc.record({
      type: fc.constant("LegalProceeding" as const),
      id: uuid,
      jurisdiction: fc.record(
        { country: fc.constantFrom(...countries), subdivision: fc.constantFrom(...subdivisionCodes) },
        { requiredKeys: ["country"] },
      ),
      charges: fc.array(
        fc.record(
          {
            instrument: fc.constantFrom(...instruments),
            section: fc.constantFrom("s6", "art145bis", "art5"),
            against: fc.constant<string[]>([]),
          },
          { requiredKeys: ["instrument", "against"] },
        ),
        { maxLength: 3 },
      ),
    }),
  );
  const bundle: fc.Arbitrary<Bundle> = fc.array(entity, { maxLength: 4 }).map((entities) => ({
    tipx: "1.0",
    id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e02",
    createdAt: "2025-06-01T10:00:00Z",
    sender: { name: "Sender" },
    purpose: "case-management",
    entities,
  }));

  // The error codes each profile can raise that JSON Schema expresses (Liberia has no verified
  // identity format, Paraguay's RUC has no prefix rule); the corpus must meet every one of them.
  const EXPECTED: { readonly [K in ProfileCode]: readonly string[] } = {
    TH: ["TIPX301", "TIPX303", "TIPX310", "TIPX330", "TIPX340"],
    AR: ["TIPX301", "TIPX303", "TIPX310", "TIPX330", "TIPX340"],
    PY: ["TIPX301", "TIPX310", "TIPX330", "TIPX340"],
    LR: ["TIPX310", "TIPX330", "TIPX340"],
  };

  it.each(PROFILE_CODES)(
    "%s: ajv accepts a bundle exactly when the profile rules report no error JSON Schema can express",
    (code: ProfileCode) => {
      const validateOverlay = new Ajv2020({ strict: true, strictTypes: false }).compile(profileJsonSchemaOverlay(code));
      const seen = new Set<string>();
      fc.assert(
        fc.property(bundle, (input) => {
          const codes: string[] = [];
          for (const rule of profileRules(code))
            rule(
              input,
              ruleContext(input, (issue) => codes.push(issue)),
            );
          for (const issue of codes) if (expressible(issue)) seen.add(issue);
          expect(validateOverlay(input), JSON.stringify(codes)).toBe(!codes.some(expressible));
        }),
        // a fixed seed: the corpus must reach every expected code, and an unseeded run sometimes does not
        { numRuns: 1500, seed: 7150 + PROFILE_CODES.indexOf(code) },
      );
      expect([...seen].sort()).toEqual(EXPECTED[code]);
    },
  );
});
