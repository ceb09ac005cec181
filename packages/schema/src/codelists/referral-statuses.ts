import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The statuses of a tipx referral, in lifecycle order.
 *
 * @example
 * ```ts
 * import { REFERRAL_STATUSES } from "@tipx/schema";
 * REFERRAL_STATUSES[0]; // "proposed"
 * ```
 */
export const REFERRAL_STATUSES = ["proposed", "accepted", "declined", "completed", "withdrawn"] as const;

/**
 * The code list of referral statuses: a referral is proposed, then accepted or declined; an accepted
 * one is completed or withdrawn.
 *
 * @example
 * ```ts
 * import { codeLabel, referralStatuses } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(referralStatuses, "accepted", es); // "Aceptada"
 * ```
 */
export const referralStatuses = defineCodeList({
  id: "tipx.referral-status",
  name: "Referral status",
  source:
    "tipx 1.0, after HL7 FHIR R4 Task.status (requested, accepted, rejected, completed, cancelled) and the " +
    "HTCDS 2.0 Referral Details section",
  codes: REFERRAL_STATUSES,
  extensible: false,
  meta: {
    proposed: {
      label: "Proposed",
      definition: "The referring organisation has asked the receiving one to take the case; no answer yet.",
    },
    accepted: {
      label: "Accepted",
      definition: "The receiving organisation agreed to provide the services requested.",
    },
    declined: {
      label: "Declined",
      definition: "The receiving organisation did not take the case (final).",
    },
    completed: {
      label: "Completed",
      definition: "The services requested were provided (final).",
    },
    withdrawn: {
      label: "Withdrawn",
      definition:
        "The referral was called off before completion, by the referring organisation or at the person's wish (final).",
    },
  },
});

/**
 * Zod schema of a referral status.
 *
 * @example
 * ```ts
 * import { ReferralStatus } from "@tipx/schema";
 * ReferralStatus.parse("accepted"); // "accepted"
 * ReferralStatus.safeParse("Accepted").success; // false
 * ```
 */
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
/** A referral status, such as `"proposed"` or `"completed"`. */
export type ReferralStatus = z.infer<typeof ReferralStatus>;

/**
 * The statuses a referral may move to from each status. `declined`, `completed` and `withdrawn` are
 * final. A proposed referral may also be withdrawn before the receiving organisation answers.
 *
 * @example
 * ```ts
 * import { REFERRAL_STATUS_TRANSITIONS } from "@tipx/schema";
 * REFERRAL_STATUS_TRANSITIONS.proposed.includes("accepted"); // true
 * REFERRAL_STATUS_TRANSITIONS.declined.length; // 0
 * ```
 */
export const REFERRAL_STATUS_TRANSITIONS: { readonly [S in ReferralStatus]: readonly ReferralStatus[] } = {
  proposed: ["accepted", "declined", "withdrawn"],
  accepted: ["completed", "withdrawn"],
  declined: [],
  completed: [],
  withdrawn: [],
};
