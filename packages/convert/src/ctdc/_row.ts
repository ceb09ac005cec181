import { _CONCATENATED } from "./_codings";
import { _ROW_DERIVED } from "./_columns";
import { type _Codebook, _DERIVATIONS } from "./_derive";
import { _cell, _extensionPointer, _kept, _missing } from "./_format";
import type { _CtdcVariable } from "./_variable";
import type { _Victim } from "./_victims";

/** One victim's CTDC row and the pointers of the bundle values it used. */
export interface _VictimRow {
  readonly cells: Record<string, string>;
  readonly used: ReadonlySet<string>;
}

function rowDerived(variable: _CtdcVariable, cells: Readonly<Record<string, string>>): string {
  if (variable.name === "isSexAndLabour") {
    const labour = cells["isForcedLabour"];
    const sex = cells["isSexualExploit"];
    if (labour === "1" && sex === "1") return "1";
    return (labour === "0" || labour === "1") && (sex === "0" || sex === "1") ? "0" : _missing(variable);
  }
  const labels = _CONCATENATED[variable.name] ?? {};
  const flags = Object.keys(labels).filter((flag) => flag in cells);
  if (flags.every((flag) => cells[flag] === "" || cells[flag] === "-99")) return "";
  return flags
    .filter((flag) => cells[flag] === "1")
    .map((flag) => labels[flag])
    .join("; ");
}

/** Writes one victim's row of a codebook's columns. */
export function _victimRow(v: _Victim, columns: readonly _CtdcVariable[], codebook: _Codebook): _VictimRow {
  const used = new Set<string>();
  const cells: Record<string, string> = {};
  const ctx = { v, codebook, use: (pointer: string) => used.add(pointer) };
  for (const variable of columns) {
    if (_ROW_DERIVED.has(variable.name)) continue;
    const derived = _DERIVATIONS[variable.name]?.(ctx);
    const kept = derived === true ? undefined : _kept(v, variable);
    if (kept !== undefined) used.add(_extensionPointer(v, variable.name));
    cells[variable.name] = kept ?? _cell(variable, derived);
  }
  const ordered: Record<string, string> = {};
  for (const variable of columns)
    ordered[variable.name] = _ROW_DERIVED.has(variable.name)
      ? rowDerived(variable, cells)
      : (cells[variable.name] ?? "");
  return { cells: ordered, used };
}
