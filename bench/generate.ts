// Deterministic synthetic bundles for the benchmark: a seed and a size give the same bytes every time.
// Every name and number is invented.
import type { Bundle, Entity } from "@tipx/schema";

/** A small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(random: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
}

const GIVEN = ["Anong", "Somsak", "Malee", "Niran", "Pim", "Kittisak", "Ratana", "Chai"];
const FAMILY = ["Testkul", "Samplewong", "Fakesri", "Demo", "Exampleporn"];
const CONTROL = ["FalsePromises", "WithholdsDocuments", "DebtBondage", "PhysicalThreats", "TakesEarnings"] as const;
const EXPLOIT = ["ForcedLabour", "ForcedCriminality", "SexualExploitation"] as const;
const SUBDIVISIONS = ["TH-63", "TH-10", "TH-50", "TH-57", "TH-20"];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * One synthetic case bundle: an agency, `victims` victims, a suspect, a case, consents. Every HTCDS core
 * field a victim's record needs is filled, so a bundle gives no issue at all (the valid path the bench
 * measures).
 */
export function syntheticBundle(random: () => number, victims = 3): Bundle {
  const org = uuid(random);
  const caseId = uuid(random);
  const suspect = uuid(random);
  const persons: Entity[] = [];
  const parties: Extract<Entity, { type: "Case" }>["parties"] = [];
  for (let i = 0; i < victims; i++) {
    const id = uuid(random);
    persons.push({
      type: "Person",
      id,
      names: { salutation: "Khun", given: pick(random, GIVEN), family: pick(random, FAMILY) },
      gender: random() < 0.5 ? "Feminine" : "Masculine",
      birthDate: `${1980 + Math.floor(random() * 22)}-0${1 + Math.floor(random() * 9)}`,
      majorityStatus: "adult",
      citizenships: ["TH"],
      languages: ["th"],
      phones: [{ number: `+6680${String(Math.floor(random() * 1e7)).padStart(7, "0")}`, kind: "mobile" }],
      email: `person${i}@example.org`,
      address: {
        country: "TH",
        subdivision: pick(random, SUBDIVISIONS),
        locality: "Sample district",
        lines: ["1 Sample road"],
        postalCode: "10000",
      },
    });
    const exploitation = pick(random, EXPLOIT);
    parties.push({
      person: id,
      roles: ["presumed-victim"],
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        statusDecidedBy: "NonPoliceGovernmentalOrganization",
        exploitationTypes: [exploitation],
        ...(exploitation === "ForcedLabour" ? { forcedLabourIndustries: ["A" as const] } : {}),
        ...(exploitation === "SexualExploitation" ? { sexExploitationTypes: ["Prostitution" as const] } : {}),
        recruitmentPlace: { country: "TH", subdivision: pick(random, SUBDIVISIONS) },
        methodsOfControl: [...new Set([pick(random, CONTROL), pick(random, CONTROL)])],
        recruitmentMethods: ["ThroughOnlineSocialNetworks"],
        exploitationPlace: { country: "MM" },
      },
    });
    persons.push({
      type: "Consent",
      id: uuid(random),
      person: id,
      purposes: ["case-management"],
      givenOn: "2022-03-30",
    });
  }
  persons.push({ type: "Person", id: suspect, gender: "Masculine", citizenships: ["MM"] });
  parties.push({ person: suspect, roles: ["suspect"], perpetrator: { rolesInProcess: ["Transporter"] } });
  return {
    tipx: "1.0",
    id: uuid(random),
    createdAt: "2022-04-01T09:00:00+07:00",
    sender: { name: "Synthetic agency", organization: org, country: "TH" },
    purpose: "case-management",
    entities: [
      {
        type: "Organization",
        id: org,
        name: "Synthetic agency",
        organizationType: "CentralGovernmentOrganisation",
        country: "TH",
      },
      ...persons,
      {
        type: "Case",
        id: caseId,
        status: "Active",
        owner: org,
        openedOn: "2022-03-29",
        jurisdiction: { country: "TH", subdivision: "TH-63" },
        parties,
        events: [{ eventType: "Transit", date: "2022-03-29", place: { country: "TH", subdivision: "TH-63" } }],
      },
    ],
  };
}

/**
 * The same bundle made invalid in one of the three ways a registry meets most (the bench's 5 % invalid
 * lines), chosen by `kind`: an unknown code, a missing required field, an id that is not a UUID.
 */
export function invalidBundle(bundle: Bundle, kind: number): Record<string, unknown> {
  const copy = structuredClone(bundle) as unknown as Record<string, unknown>;
  const entities = copy["entities"] as Record<string, unknown>[];
  const person = entities.find((entity) => entity["type"] === "Person") ?? {};
  switch (kind % 3) {
    case 0:
      person["gender"] = "NotAGender";
      break;
    case 1:
      delete (copy["sender"] as Record<string, unknown>)["name"];
      break;
    default:
      person["id"] = "not-a-uuid";
  }
  return copy;
}

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * `text` (a bundle as JSON) with every UUID in it renamed to a fresh one, the same UUID to the same new
 * one, so that each line of a corpus built from one example has its own ids and its references still hold.
 */
export function withFreshIds(text: string, random: () => number): string {
  const renamed = new Map<string, string>();
  return text.replace(UUID_IN_TEXT, (id) => {
    let fresh = renamed.get(id);
    if (fresh === undefined) {
      fresh = uuid(random);
      renamed.set(id, fresh);
    }
    return fresh;
  });
}
