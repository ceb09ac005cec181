import { type CodeList, isCode } from "./codelist";

/** Each list's aliases with the code they stand for, built on a list's first lookup. */
const codesByAlias = /* @__PURE__ */ new WeakMap<CodeList, ReadonlyMap<string, string>>();

function _codesByAlias(list: CodeList): ReadonlyMap<string, string> {
  const known = codesByAlias.get(list);
  if (known !== undefined) return known;
  const built = new Map<string, string>();
  for (const code of list.codes) {
    // The first code that carries an alias keeps it, so the answer never depends on the lookup order.
    for (const alias of list.meta[code]?.aliases ?? []) if (!built.has(alias)) built.set(alias, code);
  }
  codesByAlias.set(list, built);
  return built;
}

/**
 * The code of a list that a value stands for: the value itself when it is a code, else the code that
 * carries it among its `aliases` (another standard's code, a corrected typo). For converters that take
 * data written with such a spelling: `validate()` accepts only the codes. The match is exact; for a
 * near miss, see `nearestCodes`.
 *
 * @param list - The code list.
 * @param value - The code or alias, as written in the data.
 * @returns The list's code, or `undefined` when the value is neither a code nor an alias of one.
 * @example
 * ```ts
 * import { codeForAlias, isicCodes, relationshipsToTrafficker } from "@tipx/schema";
 * codeForAlias(isicCodes, "A_AgricultureForestryAndFishing"); // "A"
 * codeForAlias(isicCodes, "A"); // "A"
 * codeForAlias(relationshipsToTrafficker, "Unacquainted"); // "Unaquainted"
 * codeForAlias(isicCodes, "Agriculture"); // undefined
 * ```
 */
export function codeForAlias<C extends string>(list: CodeList<C>, value: string): C | undefined {
  if (isCode(list, value)) return value;
  // The map holds only codes of this list, so the code it gives back is one of `C`.
  return _codesByAlias(list).get(value) as C | undefined;
}
