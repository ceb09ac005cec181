// Synthetic bundles for tests. Every name and number here is invented.
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

/** A small valid bundle: an agency, a shelter, a victim, a suspect, a case, a consent, a referral. */
export function validBundle(): Bundle {
  const entities: Entity[] = [
    { type: "Organization", id: IDS.org, name: "Provincial task force", organizationType: "CentralGovernmentOrganisation", country: "TH" },
    { type: "Organization", id: IDS.shelter, name: "Shelter", organizationType: "NGO", country: "TH" },
    {
      type: "Person",
      id: IDS.victim,
      names: { given: "Anong", family: "Testperson" },
      gender: "Feminine",
      birthDate: "2001-05",
      majorityStatus: "adult",
      citizenships: ["TH"],
      address: { country: "TH", subdivision: "TH-63", locality: "Mae Sot" },
    },
    { type: "Person", id: IDS.suspect, gender: "Masculine", citizenships: ["MM"] },
    {
      type: "Case",
      id: IDS.case,
      status: "Active",
      owner: IDS.org,
      openedOn: "2022-03-29",
      jurisdiction: { country: "TH", subdivision: "TH-63" },
      parties: [
        {
          person: IDS.victim,
          roles: ["presumed-victim"],
          victim: { traffickingStatus: "PossibleVictimOfTrafficking", exploitationTypes: ["ForcedCriminality"] },
        },
        { person: IDS.suspect, roles: ["suspect"], perpetrator: { rolesInProcess: ["Transporter"] } },
      ],
      events: [{ eventType: "Transit", date: "2022-03-29", place: { country: "TH", subdivision: "TH-63" } }],
    },
    { type: "Consent", id: IDS.consent, person: IDS.victim, purposes: ["case-management", "referral"], givenOn: "2022-03-30" },
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

/** Returns a deep copy of the valid bundle with the edits applied, as plain JSON data. */
export function bundleWith(...edits: readonly Edit[]): unknown {
  const root = structuredClone(validBundle()) as unknown;
  for (const [pointer, value] of edits) {
    const segments = pointer.split("/").slice(1);
    const last = segments.pop();
    if (last === undefined) throw new Error("cannot replace the root");
    let target = root as Record<string, unknown>;
    for (const segment of segments) target = target[segment] as Record<string, unknown>;
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return root;
}
