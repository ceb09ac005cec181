import type { Bundle } from "@tipx/schema";
import type { _Change } from "./_stream-collector";

/** The fields a CTDC row makes less precise, by the pointers of the values they come from (TIPX709). */
export const _GENERALISED: Readonly<Record<string, RegExp>> = {
  "Person.birthDate": /\/birthDate$/,
  "Person.ageEstimate": /\/ageEstimate\/years$/,
  "VictimContext.ageWhenTrafficked": /\/ageWhenTrafficked$/,
};

/** A case's opening date, by the pointer of its `openedOn` (`""` when it is not a case's). */
export function _caseOpenedOn(bundle: Bundle, pointer: string): string {
  const entity = bundle.entities[Number(pointer.split("/")[2])];
  return entity?.type === "Case" ? (entity.openedOn ?? "") : "";
}

/** The changes of a CTDC row (`toCtdcRows`), as a stream collector reports them: in that order. */
export const _CTDC_CHANGES: readonly _Change[] = [
  ...Object.entries(_GENERALISED).map(([field, pattern]) => ({
    field,
    applies: (pointer: string) => pattern.test(pointer),
  })),
  {
    field: "Case.openedOn",
    applies: (pointer: string, bundle: Bundle) =>
      pointer.endsWith("/openedOn") && _caseOpenedOn(bundle, pointer).length > 4,
  },
];
