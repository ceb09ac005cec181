import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The kinds of crime a victim of forced criminality was made to commit.
 *
 * @example
 * ```ts
 * import { FORCED_CRIMINALITY_TYPES } from "@tipx/schema";
 * FORCED_CRIMINALITY_TYPES.includes("OnlineFraudAndScams"); // true
 * ```
 */
export const FORCED_CRIMINALITY_TYPES = [
  "OnlineFraudAndScams",
  "DrugProductionOrTrafficking",
  "Theft",
  "Begging",
  "Other",
] as const;

/**
 * The code list of forced-criminality subtypes, which refine the tipx exploitation type `ForcedCriminality`.
 *
 * @example
 * ```ts
 * import { codeLabel, forcedCriminalityTypes } from "@tipx/schema";
 * codeLabel(forcedCriminalityTypes, "OnlineFraudAndScams"); // "Online fraud and scams"
 * ```
 */
export const forcedCriminalityTypes = defineCodeList({
  id: "tipx.forced-criminality-type",
  name: "Type of forced criminality",
  source: "tipx 1.1, refining the tipx extension ForcedCriminality of the HTCDS 2.0 picklist vic_TypeOfExploitation",
  codes: FORCED_CRIMINALITY_TYPES,
  extensible: false,
  meta: {
    OnlineFraudAndScams: {
      label: "Online fraud and scams",
      definition:
        "Made to defraud people online or by phone, such as romance, investment or impersonation scams run from scam compounds.",
      extension: "tipx",
    },
    DrugProductionOrTrafficking: {
      label: "Drug production or trafficking",
      definition: "Made to grow, make, carry or sell illegal drugs.",
      extension: "tipx",
    },
    Theft: { label: "Theft", definition: "Made to steal, pick pockets or shoplift.", extension: "tipx" },
    Begging: {
      label: "Begging",
      definition: "Made to beg for money that others take. HTCDS also counts forced begging as forced labour.",
      extension: "tipx",
    },
    Other: { label: "Other", definition: "Any other crime the victim was made to commit.", extension: "tipx" },
  },
});

/**
 * Zod schema of a forced-criminality subtype.
 *
 * @example
 * ```ts
 * import { ForcedCriminalityType } from "@tipx/schema";
 * ForcedCriminalityType.parse("Theft"); // "Theft"
 * ```
 */
export const ForcedCriminalityType = z.enum(FORCED_CRIMINALITY_TYPES);
/** A forced-criminality subtype, such as `"OnlineFraudAndScams"`. */
export type ForcedCriminalityType = z.infer<typeof ForcedCriminalityType>;
