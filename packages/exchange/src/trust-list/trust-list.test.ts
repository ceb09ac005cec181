import { EntityId, toJsonPointer } from "@tipx/schema";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import schema from "../../json-schema/trust-list.json";
import { _ENTITY_ID, TrustList } from "./trust-list";

const DOPA = "074db274-244e-40f7-9de3-61d5adb94f61";
const ED25519 = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
const P256 = {
  kty: "EC",
  crv: "P-256",
  x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
  y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
};

const valid = {
  $schema: "https://tipx.dev/schema/1.0/trust-list.json",
  organizations: [
    {
      id: DOPA,
      name: "Department of Provincial Administration",
      keys: [
        {
          kid: "dopa-2025",
          publicKey: { ...ED25519, use: "sig", alg: "EdDSA", kid: "dopa-2025" },
          notBefore: "2025-01-01",
          notAfter: "2026-12-31T23:59:59+07:00",
        },
        { kid: "dopa-p256", publicKey: P256 },
      ],
    },
    {
      name: "Provincial shelter",
      keys: [{ kid: "shelter", publicKey: { ...ED25519, x: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" } }],
    },
  ],
};

/** The trust list with one change. */
function changed(edit: (list: typeof valid) => void): unknown {
  const copy = structuredClone(valid);
  edit(copy);
  return copy;
}

// Table-driven: [title, { given, want: JSON Pointers of the errors }].
const CASES: [string, { given: unknown; want: string[] }][] = [
  ["a valid list", { given: valid, want: [] }],
  ["an empty list", { given: { organizations: [] }, want: [] }],
  ["no organizations", { given: {}, want: ["/organizations"] }],
  ["an unknown member", { given: { ...valid, keys: [] }, want: [""] }],
  [
    "a private key",
    {
      given: changed((list) => Object.assign(list.organizations[0]?.keys[0]?.publicKey ?? {}, { d: ED25519.x })),
      want: ["/organizations/0/keys/0/publicKey"],
    },
  ],
  [
    "an RSA key",
    {
      given: changed((list) =>
        Object.assign(list.organizations[0]?.keys[1] ?? {}, { publicKey: { kty: "RSA", n: "x", e: "AQAB" } }),
      ),
      want: ["/organizations/0/keys/1/publicKey/kty"],
    },
  ],
  [
    "an encryption key",
    {
      given: changed((list) => Object.assign(list.organizations[0]?.keys[0]?.publicKey ?? {}, { use: "enc" })),
      want: ["/organizations/0/keys/0/publicKey/use"],
    },
  ],
  [
    "a coordinate of the wrong length",
    {
      given: changed((list) => Object.assign(list.organizations[0]?.keys[1]?.publicKey ?? {}, { x: "abc" })),
      want: ["/organizations/0/keys/1/publicKey/x"],
    },
  ],
  [
    "an organisation without keys",
    {
      given: changed((list) => Object.assign(list.organizations[1] ?? {}, { keys: [] })),
      want: ["/organizations/1/keys"],
    },
  ],
  [
    "an id that is not a UUID",
    {
      given: changed((list) => Object.assign(list.organizations[0] ?? {}, { id: "TH-DOPA" })),
      want: ["/organizations/0/id"],
    },
  ],
  [
    "a validity bound that is not a date",
    {
      given: changed((list) => Object.assign(list.organizations[0]?.keys[0] ?? {}, { notAfter: "31/12/2026" })),
      want: ["/organizations/0/keys/0/notAfter"],
    },
  ],
];

// Checks of the zod schema that JSON Schema cannot state.
const REFINEMENTS: [string, { given: unknown; want: string[] }][] = [
  [
    "a repeated key id",
    {
      given: changed((list) => Object.assign(list.organizations[1]?.keys[0] ?? {}, { kid: "dopa-2025" })),
      want: ["/organizations/1/keys/0/kid"],
    },
  ],
  [
    "a repeated organisation name",
    {
      given: changed((list) =>
        Object.assign(list.organizations[1] ?? {}, { name: "Department of Provincial Administration" }),
      ),
      want: ["/organizations/1/name"],
    },
  ],
  [
    "a repeated organisation id",
    {
      given: changed((list) => Object.assign(list.organizations[1] ?? {}, { id: DOPA })),
      want: ["/organizations/1/id"],
    },
  ],
  [
    "a key whose own kid is another",
    {
      given: changed((list) => Object.assign(list.organizations[0]?.keys[0]?.publicKey ?? {}, { kid: "other" })),
      want: ["/organizations/0/keys/0/publicKey/kid"],
    },
  ],
  [
    "a validity period that ends before it begins",
    {
      given: changed((list) => Object.assign(list.organizations[0]?.keys[0] ?? {}, { notBefore: "2027-01-01" })),
      want: ["/organizations/0/keys/0/notAfter"],
    },
  ],
];

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateJson = ajv.compile(schema);

describe("TrustList", () => {
  it.each([...CASES, ...REFINEMENTS])("%s: reports the JSON Pointer of each error", (_title, { given, want }) => {
    const result = TrustList.safeParse(given);
    expect(result.success).toBe(want.length === 0);
    expect([
      ...new Set(
        (result.error?.issues ?? []).map((issue) =>
          toJsonPointer(issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)))),
        ),
      ),
    ]).toEqual(want);
  });

  it.each(CASES)("%s: the published JSON Schema agrees", (_title, { given, want }) => {
    expect(validateJson(given)).toBe(want.length === 0);
  });

  it("accepts the lists the refinements refuse, in the JSON Schema (it says so in its description)", () => {
    for (const [, { given }] of REFINEMENTS) expect(validateJson(given)).toBe(true);
    expect(schema.description).toContain("unique");
  });

  it("reads an organisation id as @tipx/schema's EntityId does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uuid(), fc.string(), fc.stringMatching(/^[0-9a-fA-FxX-]{36}$/)), (id) => {
        expect(_ENTITY_ID.test(id)).toBe(EntityId.safeParse(id).success);
      }),
    );
  });
});
