import type { ProfileCode } from "../profile-code";
import { argentineCuil, argentineCuit } from "./ar-cuit";
import { argentineDni } from "./ar-dni";
import type { IdentifierKind } from "./kinds";
import { liberianNin } from "./lr-nin";
import { passportNumber } from "./passport-number";
import { paraguayanCedula } from "./py-ci";
import { paraguayanRuc } from "./py-ruc";
import type { IdentifierSpec } from "./spec";
import { thaiPin } from "./thai-pin";

/**
 * Every identity number kind the profiles check, keyed by kind.
 *
 * @example
 * ```ts
 * import { IDENTIFIER_SPECS } from "@tipx/schema";
 * IDENTIFIER_SPECS["LR-NIN"].verified; // false
 * ```
 */
export const IDENTIFIER_SPECS: { readonly [K in IdentifierKind]: IdentifierSpec } = {
  "TH-PIN": thaiPin,
  "AR-DNI": argentineDni,
  "AR-CUIL": argentineCuil,
  "AR-CUIT": argentineCuit,
  "PY-CI": paraguayanCedula,
  "PY-RUC": paraguayanRuc,
  "LR-NIN": liberianNin,
  passport: passportNumber,
};

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
