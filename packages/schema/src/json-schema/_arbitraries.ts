// fast-check arbitraries for the ajv/zod agreement test: valid bundles, and mutations of them.
import fc from "fast-check";
import { CONSENT_PURPOSES } from "../codelists/consent-purposes";
import { COUNTRY_CODES } from "../codelists/countries";
import { CASE_STATUSES } from "../codelists/htcds-case";
import { GENDERS } from "../codelists/htcds-person";
import { EXPLOITATION_TYPES, METHODS_OF_CONTROL, TRAFFICKING_STATUSES } from "../codelists/htcds-victim";
import { PARTY_ROLES } from "../codelists/party-roles";

const uuid = fc.uuid({ version: 4 });
const partialDate = fc
  .tuple(
    fc.integer({ min: 1950, max: 2025 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([y, m, d, precision]) =>
    precision === 0
      ? `${y}`
      : precision === 1
        ? `${y}-${String(m).padStart(2, "0")}`
        : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  );
const text = fc.string({ minLength: 1, maxLength: 12 });

const person = fc.record(
  {
    type: fc.constant("Person"),
    id: uuid,
    names: fc.record({ given: text, family: text }, { requiredKeys: [] }),
    gender: fc.constantFrom(...GENDERS),
    birthDate: partialDate,
    citizenships: fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { maxLength: 2 }),
    phones: fc.array(fc.record({ number: fc.stringMatching(/^\+[1-9]\d{7,12}$/) }), { maxLength: 2 }),
  },
  { requiredKeys: ["type", "id"] },
);

const organization = fc.record({ type: fc.constant("Organization"), id: uuid, name: text });

const caseEntity = fc.record(
  {
    type: fc.constant("Case"),
    id: uuid,
    status: fc.constantFrom(...CASE_STATUSES),
    openedOn: partialDate,
    parties: fc.array(
      fc.record(
        {
          person: uuid,
          roles: fc.uniqueArray(fc.constantFrom(...PARTY_ROLES), { minLength: 1, maxLength: 2 }),
          victim: fc.record(
            {
              traffickingStatus: fc.constantFrom(...TRAFFICKING_STATUSES),
              exploitationTypes: fc.uniqueArray(fc.constantFrom(...EXPLOITATION_TYPES), { maxLength: 3 }),
              methodsOfControl: fc.uniqueArray(fc.constantFrom(...METHODS_OF_CONTROL), { maxLength: 3 }),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ["person", "roles"] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ["type", "id", "parties"] },
);

const consent = fc.record({
  type: fc.constant("Consent"),
  id: uuid,
  person: uuid,
  purposes: fc.uniqueArray(fc.constantFrom(...CONSENT_PURPOSES), { minLength: 1, maxLength: 3 }),
  givenOn: partialDate,
});

/** Bundles whose shape is valid (references and dates are random, so 4xx issues may appear). */
export const validShapeBundle = fc.record({
  tipx: fc.constant("1.0"),
  id: uuid,
  createdAt: fc.constantFrom("2024-01-01T00:00:00Z", "2022-03-30T08:00:00+07:00"),
  sender: fc.record({ name: text }),
  purpose: fc.constantFrom(...CONSENT_PURPOSES),
  entities: fc.array(fc.oneof(person, organization, caseEntity, consent), { maxLength: 6 }),
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

const replacement = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 10 }),
  fc.constantFrom(
    "",
    "Feminine",
    "TH",
    "TH-63",
    "2022-02-30",
    "2022-13",
    "+66812345678",
    "not-a-uuid",
    "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
  ),
  fc.constant([]),
  fc.constant({}),
);

/** A valid-shape bundle with one random mutation: a value replaced, a key removed or an unknown key added. */
export const mutatedBundle = fc
  .tuple(
    validShapeBundle,
    fc.nat(),
    fc.integer({ min: 0, max: 2 }),
    replacement,
    fc.constantFrom("extra", "__proto__", "org.example/x"),
  )
  .map(([bundle, pick, kind, value, key]) => {
    const doc = JSON.parse(JSON.stringify(bundle)) as Json;
    const all = paths(doc).filter((p) => p.length > 0);
    const path = all[pick % all.length] ?? ["id"];
    let parent = doc as Record<string | number, Json>;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, Json>;
    const last = path[path.length - 1] as string | number;
    if (kind === 0) parent[last] = value as Json;
    else if (kind === 1 && !Array.isArray(parent)) delete parent[last];
    else if (typeof parent === "object" && parent !== null && !Array.isArray(parent))
      Object.defineProperty(parent, key, { value: 1, enumerable: true, writable: true, configurable: true });
    return JSON.parse(JSON.stringify(doc)) as unknown;
  });
