import { CODE_LISTS, type CodeList } from "@tipx/schema";

let byCodes: ReadonlyMap<string, CodeList> | undefined;

/**
 * The code list whose codes an enum of the model holds: all its codes, or its standard codes only (the
 * countries without the user-assigned `ZZ` and `XXA`), as the validator finds it.
 */
export function _codeListOf(codes: readonly string[]): CodeList | undefined {
  byCodes ??= new Map(
    Object.values(CODE_LISTS).flatMap((list) => {
      const standard = list.codes.filter((code) => !list.meta[code]?.userAssigned);
      return [
        [[...list.codes].sort().join("|"), list],
        [[...standard].sort().join("|"), list],
      ] as const;
    }),
  );
  return byCodes.get([...codes].sort().join("|"));
}
