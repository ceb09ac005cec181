/**
 * Synthetic bundles for the tests of every package (the CLI's tests import this file by relative path;
 * nothing public exports it). Every name and number here is invented. Two starting points, both edited
 * with {@link editBundle}:
 *
 * - {@link validBundle}: a small bundle with one entity of most types, for the rules of `validate()`;
 * - {@link minimalBundle}: an envelope with no entities, for reading files and streams, where what
 *   matters is one clear issue per record (the `bundleWith…` builders below).
 *
 * @module
 */
import type { Bundle, Entity } from "../model/bundle";

export const IDS = {
  bundle: "c0ffee00-1234-4abc-8def-0123456789ab",
  org: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21",
  shelter: "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  victim: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
  suspect: "6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2918",
  case: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  consent: "2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091",
  referral: "7e6d5c4b-3a29-4f18-8e07-d6c5b4a39281",
  operation: "5d2e8f10-4b3c-4a2d-9e1f-0a1b2c3d4e5f",
  missing: "deadbeef-0000-4000-8000-000000000000",
} as const;

/**
 * A small valid bundle: an agency, a shelter, a victim, a suspect, a case, a consent, a referral. It has
 * every HTCDS core field where it applies (TIPX603), so that it has no issue at all.
 */
export function validBundle(): Bundle {
  const entities: Entity[] = [
    {
      type: "Organization",
      id: IDS.org,
      name: "Provincial task force",
      organizationType: "CentralGovernmentOrganisation",
      country: "TH",
    },
    { type: "Organization", id: IDS.shelter, name: "Shelter", organizationType: "NGO", country: "TH" },
    {
      type: "Person",
      id: IDS.victim,
      names: { salutation: "Ms", given: "Anong", family: "Testperson" },
      gender: "Feminine",
      birthDate: "2001-05",
      majorityStatus: "adult",
      citizenships: ["TH"],
      phones: [{ number: "+15555550101", kind: "mobile" }],
      email: "anong.testperson@example.org",
      address: {
        country: "TH",
        subdivision: "TH-63",
        locality: "Mae Sot",
        lines: ["1 Test Road"],
        postalCode: "63110",
      },
    },
    { type: "Person", id: IDS.suspect, gender: "Masculine", citizenships: ["MM"] },
    {
      type: "Case",
      id: IDS.case,
      status: "Active",
      owner: IDS.org,
      caseWorker: { organization: IDS.org },
      openedOn: "2022-03-29",
      jurisdiction: { country: "TH", subdivision: "TH-63" },
      parties: [
        {
          person: IDS.victim,
          roles: ["presumed-victim"],
          victim: {
            traffickingStatus: "PossibleVictimOfTrafficking",
            statusDecidedBy: "Police",
            recruitmentMethods: ["ThroughOnlineSocialNetworks"],
            recruitmentPlace: { country: "TH", subdivision: "TH-63" },
            methodsOfControl: ["PhysicalThreats"],
            exploitationTypes: ["ForcedCriminality"],
            exploitationPlace: { country: "MM" },
          },
        },
        { person: IDS.suspect, roles: ["suspect"], perpetrator: { rolesInProcess: ["Transporter"] } },
      ],
      events: [{ eventType: "Transit", date: "2022-03-29", place: { country: "TH", subdivision: "TH-63" } }],
    },
    {
      type: "Consent",
      id: IDS.consent,
      person: IDS.victim,
      purposes: ["case-management", "referral"],
      givenOn: "2022-03-30",
    },
    {
      type: "Referral",
      id: IDS.referral,
      from: IDS.org,
      to: IDS.shelter,
      person: IDS.victim,
      case: IDS.case,
      consent: IDS.consent,
      status: "proposed",
      proposedOn: "2022-03-30",
      reasons: ["AdditionalServicesRequired"],
      details: "Shelter and an interpreter requested.",
    },
  ];
  return {
    tipx: "1.0",
    id: IDS.bundle,
    createdAt: "2022-04-01T09:00:00+07:00",
    sender: { name: "Provincial task force", organization: IDS.org, country: "TH" },
    purpose: "case-management",
    entities,
  };
}

/** Marks a key to remove in {@link bundleWith}. */
export const REMOVE = Symbol("remove");

/** One edit: a JSON Pointer and the value to put there (or {@link REMOVE}). */
export type Edit = readonly [pointer: string, value: unknown];

/** A bundle as plain JSON data, as the builders return it. */
export type Json = Record<string, unknown>;

/** Returns a deep copy of `base` with the edits applied, as plain JSON data. */
export function editBundle(base: object, ...edits: readonly Edit[]): Json {
  const root = structuredClone(base) as Json;
  for (const [pointer, value] of edits) {
    const segments = pointer.split("/").slice(1);
    const last = segments.pop();
    if (last === undefined) throw new Error("cannot replace the root");
    let target = root;
    for (const segment of segments) target = target[segment] as Json;
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return root;
}

/** Returns a deep copy of the valid bundle with the edits applied, as plain JSON data. */
export function bundleWith(...edits: readonly Edit[]): Json {
  return editBundle(validBundle(), ...edits);
}

/** A deterministic version-4 UUID numbered `n`, so reports stay the same from run to run. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/** A valid bundle with no entities, whose id is `uuid(n)`. */
export function minimalBundle(n = 1): Json {
  return {
    tipx: "1.0",
    id: uuid(n),
    createdAt: "2022-03-30T08:00:00+07:00",
    sender: { name: "Test" },
    purpose: "case-management",
    entities: [],
  };
}

/** A valid bundle holding one Organization (id `uuid(100)`). */
export function bundleWithOrganization(n = 2): Json {
  return editBundle(minimalBundle(n), ["/entities", [{ type: "Organization", id: uuid(100), name: "X" }]]);
}

/** Invalid: an unknown top-level key (`/foo`, TIPX104). */
export function bundleWithUnknownKey(n = 3): Json {
  return editBundle(minimalBundle(n), ["/foo", 1]);
}

/** Invalid: a bundle id that is not a UUID (`/id`, TIPX105). */
export function bundleWithBadUuid(): Json {
  return editBundle(minimalBundle(), ["/id", "not-a-uuid"]);
}

/** Invalid: a Case whose owner is an id not in the bundle (`/entities/1/owner`, TIPX402). */
export function bundleWithDanglingOwner(n = 4): Json {
  return editBundle(bundleWithOrganization(n), [
    "/entities/1",
    { type: "Case", id: uuid(200), owner: uuid(999), parties: [] },
  ]);
}

/**
 * Valid, but with warnings only (a Case with no victim, no status and no case worker): invalid under
 * `level: "strict"`.
 */
export function bundleWithWarningsOnly(n = 5): Json {
  return editBundle(bundleWithOrganization(n), [
    "/entities/1",
    { type: "Case", id: uuid(200), owner: uuid(100), parties: [] },
  ]);
}

/**
 * Valid without a profile; under the Thai profile invalid: a Thai PIN whose check digit is wrong
 * (`/entities/0/identityDocuments/0/number`, TIPX302).
 */
export function bundleWithBadThaiPin(n = 6): Json {
  return editBundle(minimalBundle(n), [
    "/entities",
    [{ type: "Person", id: uuid(300), identityDocuments: [{ kind: "TH-PIN", number: "1-1120-34563-56-3" }] }],
  ]);
}
