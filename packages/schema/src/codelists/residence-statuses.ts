import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * A person's immigration or residence status in a country.
 *
 * @example
 * ```ts
 * import { RESIDENCE_STATUSES } from "@tipx/schema";
 * RESIDENCE_STATUSES.includes("irregular"); // true
 * ```
 */
export const RESIDENCE_STATUSES = [
  "citizen",
  "permanent-resident",
  "temporary-resident",
  "registered-migrant-worker",
  "asylum-seeker",
  "refugee",
  "irregular",
  "other",
] as const;

/**
 * The code list of immigration and residence statuses.
 *
 * @example
 * ```ts
 * import { codeLabel, residenceStatuses } from "@tipx/schema";
 * codeLabel(residenceStatuses, "registered-migrant-worker"); // "Registered migrant worker"
 * ```
 */
export const residenceStatuses = defineCodeList({
  id: "tipx.residence-status",
  name: "Residence status",
  source: "tipx 1.1",
  codes: RESIDENCE_STATUSES,
  extensible: false,
  meta: {
    citizen: { label: "Citizen", definition: "A citizen of the country." },
    "permanent-resident": {
      label: "Permanent resident",
      definition: "Allowed to live in the country without limit of time.",
    },
    "temporary-resident": {
      label: "Temporary resident",
      definition: "Allowed to stay for a limited time: a visitor, student or holder of a temporary visa.",
    },
    "registered-migrant-worker": {
      label: "Registered migrant worker",
      definition: "A foreign worker registered with the authorities and allowed to work, such as under a work permit.",
    },
    "asylum-seeker": { label: "Asylum seeker", definition: "Has asked for international protection; not yet decided." },
    refugee: { label: "Refugee", definition: "Recognised as a refugee, or registered as one by UNHCR or the state." },
    irregular: {
      label: "Irregular",
      definition: "In the country without permission to stay: entered irregularly, overstayed or lost the status.",
    },
    other: { label: "Other" },
  },
});

/**
 * Zod schema of a residence status.
 *
 * @example
 * ```ts
 * import { ResidenceStatus } from "@tipx/schema";
 * ResidenceStatus.parse("refugee"); // "refugee"
 * ```
 */
export const ResidenceStatus = z.enum(RESIDENCE_STATUSES);
/** An immigration or residence status, such as `"irregular"`. */
export type ResidenceStatus = z.infer<typeof ResidenceStatus>;
