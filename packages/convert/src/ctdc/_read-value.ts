import { alpha3ToAlpha2, COUNTRY_CODES, isOneOf } from "@tipx/schema";
import { _CONCATENATED } from "./_codings";
import type { _Codebook } from "./_derive";
import type { _CtdcVariable } from "./_variable";

/** A cell read against its variable's coding. */
export type _Read =
  | { readonly kind: "missing" }
  | { readonly kind: "value"; readonly value: string }
  | { readonly kind: "unknown-code" }
  | { readonly kind: "unreadable" };

const MISSING: ReadonlySet<string> = new Set(["", "-99", "NULL", "null", "NA"]);

/** A band as the codebooks print it: `9--17` (the 2020 CSV) becomes `9—17`. */
function band(cell: string): string {
  return cell.replace(/\s*(?:--|–|—)\s*/, "—");
}

/** Reads one cell: missing, a value in the variable's coding (normalised), or why not. */
export function _readValue(variable: _CtdcVariable, raw: string, codebook: _Codebook): _Read {
  const cell = raw.trim();
  if (MISSING.has(cell)) return { kind: "missing" };
  switch (variable.type) {
    case "year":
      return /^\d{4}$/.test(cell) ? { kind: "value", value: cell } : { kind: "unreadable" };
    case "binary": {
      // 2017 flags are 0/1 (the codebook lists only the values it saw); 2024 flags are 1 or NULL.
      const ok = codebook === "2017" ? cell === "0" || cell === "1" : cell === "1";
      return ok ? { kind: "value", value: cell } : { kind: "unknown-code" };
    }
    case "category": {
      const value = band(cell);
      return variable.values.includes(value) ? { kind: "value", value } : { kind: "unknown-code" };
    }
    case "country-alpha2":
      return cell === "ZZ" || isOneOf(COUNTRY_CODES, cell) ? { kind: "value", value: cell } : { kind: "unknown-code" };
    case "country-alpha3": {
      const alpha2 = alpha3ToAlpha2(cell);
      return alpha2 === undefined ? { kind: "unknown-code" } : { kind: "value", value: alpha2 };
    }
    case "list": {
      const labels = new Set(Object.values(_CONCATENATED[variable.name] ?? {}));
      const parts = cell.split(";").map((part) => part.trim());
      return parts.every((part) => labels.has(part) || variable.values.includes(part))
        ? { kind: "value", value: parts.join("; ") }
        : { kind: "unknown-code" };
    }
    default:
      return { kind: "value", value: cell };
  }
}
