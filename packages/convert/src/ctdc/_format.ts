import type { _Value } from "./_derive";
import type { _CtdcVariable } from "./_variable";
import { _CTDC_EXTENSION, type _Victim } from "./_victims";

/** How a codebook writes a missing value in a cell: `-99` in 2017; NULL, an empty cell, in 2024. */
export function _missing(variable: _CtdcVariable): string {
  return variable.missing === "-99" ? "-99" : "";
}

/** Whether a cell holds a value of the variable's coding (not checking years and countries). */
export function _inCoding(variable: _CtdcVariable, cell: string): boolean {
  if (variable.type === "binary")
    return variable.values.includes(cell) || (variable.values.length === 0 && (cell === "0" || cell === "1"));
  if (variable.type === "category") return variable.values.includes(cell);
  return cell !== "";
}

/** A derived value as the codebook writes it. */
export function _cell(variable: _CtdcVariable, value: _Value): string {
  if (value === undefined) return _missing(variable);
  if (value === true) return "1";
  if (value === false) return variable.values.includes("0") ? "0" : _missing(variable);
  return value;
}

/** The JSON Pointer of a CTDC value kept in a case's extensions. */
export function _extensionPointer(v: _Victim, name: string): string {
  return `${v.casePath}/extensions/${`${_CTDC_EXTENSION}${name}`.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** A CTDC value kept in the case's extensions by fromCtdcRows, when it is in the variable's coding. */
export function _kept(v: _Victim, variable: _CtdcVariable): string | undefined {
  const value = v.case.extensions?.[`${_CTDC_EXTENSION}${variable.name}`];
  return typeof value === "string" && _inCoding(variable, value) ? value : undefined;
}
