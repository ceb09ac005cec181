/**
 * Test bundles for the CLI tests: small, synthetic, and each invalid one broken in exactly one way.
 *
 * @module
 */

/**
 * A deterministic version-4 UUID numbered `n`, so reports stay the same from run to run.
 */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

/** A JSON object, as the bundles below are. */
export type Json = Record<string, unknown>;

/** A valid minimal bundle with no entities. */
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
  return { ...minimalBundle(n), entities: [{ type: "Organization", id: uuid(100), name: "X" }] };
}

/** Invalid: an unknown top-level key (`/foo`, TIPX104). */
export function bundleWithUnknownKey(n = 3): Json {
  return { ...minimalBundle(n), foo: 1 };
}

/** Invalid: a bundle id that is not a UUID (`/id`, TIPX105). */
export function bundleWithBadUuid(): Json {
  return { ...minimalBundle(), id: "not-a-uuid" };
}

/** Invalid: a Case whose owner is an id not in the bundle (`/entities/1/owner`, TIPX402). */
export function bundleWithDanglingOwner(n = 4): Json {
  return {
    ...bundleWithOrganization(n),
    entities: [
      { type: "Organization", id: uuid(100), name: "X" },
      { type: "Case", id: uuid(200), owner: uuid(999), parties: [] },
    ],
  };
}

/** Valid, but with warnings only (a Case with no status and no victim): invalid under `--level strict`. */
export function bundleWithWarningsOnly(n = 5): Json {
  return {
    ...bundleWithOrganization(n),
    entities: [
      { type: "Organization", id: uuid(100), name: "X" },
      { type: "Case", id: uuid(200), owner: uuid(100), parties: [] },
    ],
  };
}

/**
 * NDJSON text: one line per item, strings written as they are (to plant malformed lines), objects as
 * JSON.
 */
export function ndjson(...lines: readonly (Json | string)[]): string {
  return lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n") + "\n";
}
