import { modelFields } from "@tipx/schema";
import { _CONCATENATED } from "./_codings";
import { type _Codebook, _DERIVATIONS } from "./_derive";
import type { _CtdcVariable } from "./_variable";
import { _CODEBOOK_2017, _CODEBOOK_2024 } from "./codebooks.generated";

/** Variables computed from other columns of the same row, not from the bundle. */
export const _ROW_DERIVED: ReadonlySet<string> = new Set(["isSexAndLabour", ...Object.keys(_CONCATENATED)]);

/** The variables of a codebook, in codebook order. */
export function _codebook(codebook: _Codebook): readonly _CtdcVariable[] {
  return codebook === "2017" ? _CODEBOOK_2017 : _CODEBOOK_2024;
}

let tagged: ReadonlySet<string> | undefined;

/** Every CTDC variable a field of the model is tagged with (its `ctdc` metadata). */
export function _taggedVariables(): ReadonlySet<string> {
  tagged ??= new Set(modelFields().flatMap((field) => field.ctdc ?? []));
  return tagged;
}

/**
 * The columns written for a codebook: its variables, in codebook order, that some field of the model feeds
 * (the registry's `ctdc` tags) and that a derivation computes.
 */
export function _columns(codebook: _Codebook): readonly _CtdcVariable[] {
  const names = _taggedVariables();
  return _codebook(codebook).filter(
    (variable) => names.has(variable.name) && (variable.name in _DERIVATIONS || _ROW_DERIVED.has(variable.name)),
  );
}
