import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The kinds of law-enforcement operation tipx records.
 *
 * @example
 * ```ts
 * import { OPERATION_KINDS } from "@tipx/schema";
 * OPERATION_KINDS.includes("interception"); // true
 * ```
 */
export const OPERATION_KINDS = [
  "raid",
  "inspection",
  "interception",
  "rescue",
  "border-screening",
  "arrest",
  "other",
] as const;

/**
 * The code list of operation kinds. HTCDS has no operations; tipx records them so that one operation can
 * name everyone it rescued or arrested.
 *
 * @example
 * ```ts
 * import { codeLabel, operationKinds } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(operationKinds, "raid", es); // "Allanamiento"
 * ```
 */
export const operationKinds = defineCodeList({
  id: "tipx.operation-kind",
  name: "Operation kind",
  source: "tipx 1.0; no standard covers operations (HTCDS 2.0 and CTDC have none)",
  codes: OPERATION_KINDS,
  extensible: false,
  meta: {
    raid: {
      label: "Raid",
      definition: "Entry into premises, usually with a warrant, to search them, free victims or arrest suspects.",
    },
    inspection: {
      label: "Inspection",
      definition:
        "A check of a workplace, vessel or venue, for example by labour inspectors or a multidisciplinary team.",
    },
    interception: {
      label: "Interception",
      definition: "Stopping people or a vehicle in transit, for example at a checkpoint, before exploitation.",
    },
    rescue: {
      label: "Rescue",
      definition: "An operation whose aim is to remove victims from exploitation.",
    },
    "border-screening": {
      label: "Border screening",
      definition: "Screening of travellers or returnees at a border crossing to identify possible victims.",
    },
    arrest: {
      label: "Arrest",
      definition: "An operation whose aim is to arrest suspects.",
    },
    other: { label: "Other" },
  },
});

/**
 * Zod schema of an operation kind.
 *
 * @example
 * ```ts
 * import { OperationKind } from "@tipx/schema";
 * OperationKind.parse("raid"); // "raid"
 * OperationKind.safeParse("border_screening").success; // false
 * ```
 */
export const OperationKind = z.enum(OPERATION_KINDS);
/** A kind of law-enforcement operation, such as `"raid"`. */
export type OperationKind = z.infer<typeof OperationKind>;
