import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import { PROFILE_CODES } from "../registry";
import { IDENTIFIER_KINDS, type IdentifierKind } from "./kinds";
import type { IdentifierSpec } from "./spec";

/* @__NO_SIDE_EFFECTS__ */
function _specsByKind(): { readonly [K in IdentifierKind]: IdentifierSpec } {
  const found = new Map<string, IdentifierSpec>();
  for (const code of PROFILE_CODES) for (const spec of PROFILE_DATA[code].identifiers) found.set(spec.kind, spec);
  // Every kind is found: a country's identifiers.ts must give a spec for each kind its descriptor lists
  // (NationalIdentifiers), and every profile checks passports.
  return Object.fromEntries(IDENTIFIER_KINDS.map((kind) => [kind, found.get(kind)])) as {
    [K in IdentifierKind]: IdentifierSpec;
  };
}

/**
 * Every identity number kind the profiles check, keyed by kind, gathered from the profile countries'
 * folders (`profiles/<cc>/identifiers.ts`).
 *
 * @example
 * ```ts
 * import { IDENTIFIER_SPECS } from "@tipx/schema";
 * IDENTIFIER_SPECS["LR-NIN"].verified; // false
 * ```
 */
export const IDENTIFIER_SPECS: { readonly [K in IdentifierKind]: IdentifierSpec } = /* @__PURE__ */ _specsByKind();

/**
 * The identity number kinds a country's profile checks: the country's own kinds, then `passport`.
 *
 * @example
 * ```ts
 * import { identifierSpecsOf } from "@tipx/schema";
 * identifierSpecsOf("PY").map((spec) => spec.kind); // ["PY-CI", "PY-RUC", "passport"]
 * ```
 */
export function identifierSpecsOf(country: ProfileCode): readonly IdentifierSpec[] {
  const specs = Object.values(IDENTIFIER_SPECS);
  return [...specs.filter((spec) => spec.country === country), ...specs.filter((spec) => spec.country === null)];
}
