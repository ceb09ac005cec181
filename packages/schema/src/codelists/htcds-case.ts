import * as z from "zod";
import type { CodeMeta } from "./codelist";
import { defineCodeList } from "./codelist";
import {
  HTCDS_CAS_REASON_FOR_INCOMING_REFERRAL,
  HTCDS_CAS_REASON_FOR_OUTGOING_REFERRAL,
  HTCDS_CAS_STATUS,
} from "./htcds-picklists.generated";

/**
 * The HTCDS 2.0 case statuses (`cas_Status`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { CASE_STATUSES } from "@tipx/schema";
 * CASE_STATUSES.includes("FollowUp"); // true
 * ```
 */
export const CASE_STATUSES = HTCDS_CAS_STATUS;

/**
 * The HTCDS 2.0 picklist of the statuses of a case in an organisation's case management.
 *
 * @example
 * ```ts
 * import { codeLabel, caseStatuses } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(caseStatuses, "FollowUp", es); // "En seguimiento"
 * ```
 */
export const caseStatuses = defineCodeList({
  id: "htcds.case-status",
  name: "Case status",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist cas_Status",
  htcdsField: "cas_Status",
  codes: CASE_STATUSES,
  extensible: false,
  meta: {
    Active: {
      label: "Active",
      definition: "The organisation is working on the case.",
    },
    FollowUp: {
      label: "Follow Up",
      definition: "The main assistance is over and the organisation is checking on the person's situation.",
    },
    Closed: {
      label: "Closed",
      definition: "The organisation has finished its work on the case.",
    },
    ClosedReferred: {
      label: "Closed Referred",
      definition: "The organisation closed the case because it referred it to another organisation.",
    },
  },
});

/**
 * Zod schema of an HTCDS case status.
 *
 * @example
 * ```ts
 * import { CaseStatus } from "@tipx/schema";
 * CaseStatus.parse("Closed"); // "Closed"
 * CaseStatus.safeParse("Open").success; // false
 * ```
 */
export const CaseStatus = z.enum(CASE_STATUSES);
/** An HTCDS 2.0 case status, such as `"Active"`. */
export type CaseStatus = z.infer<typeof CaseStatus>;

/**
 * The reasons for a referral HTCDS 2.0 lists both for incoming (`cas_ReasonForIncomingReferral`)
 * and outgoing (`cas_ReasonForOutgoingReferral`) referrals; the two picklists are identical.
 *
 * @example
 * ```ts
 * import { REFERRAL_REASONS } from "@tipx/schema";
 * REFERRAL_REASONS.includes("AdditionalServicesRequired"); // true
 * ```
 */
export const REFERRAL_REASONS = HTCDS_CAS_REASON_FOR_INCOMING_REFERRAL;

const _referralReasonMeta: { readonly [K in (typeof REFERRAL_REASONS)[number]]: CodeMeta } = {
  AdditionalServicesRequired: {
    label: "Additional Services Required",
    definition: "The person needs services the referring organisation does not provide.",
  },
  MigrationOrChangeOfLocation: {
    label: "Migration or Change of Location",
    definition: "The person moved, or is returning, to an area another organisation serves.",
  },
  Other: { label: "Other" },
};

/**
 * The HTCDS 2.0 picklist of reasons why another organisation referred a case to this one.
 *
 * @example
 * ```ts
 * import { incomingReferralReasons } from "@tipx/schema";
 * incomingReferralReasons.htcdsField; // "cas_ReasonForIncomingReferral"
 * ```
 */
export const incomingReferralReasons = defineCodeList({
  id: "htcds.incoming-referral-reason",
  name: "Reason for incoming referral",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist cas_ReasonForIncomingReferral",
  htcdsField: "cas_ReasonForIncomingReferral",
  codes: REFERRAL_REASONS,
  extensible: false,
  meta: _referralReasonMeta,
});

/**
 * The HTCDS 2.0 picklist of reasons why this organisation referred a case to another one.
 *
 * @example
 * ```ts
 * import { outgoingReferralReasons } from "@tipx/schema";
 * outgoingReferralReasons.htcdsField; // "cas_ReasonForOutgoingReferral"
 * ```
 */
export const outgoingReferralReasons = defineCodeList({
  id: "htcds.outgoing-referral-reason",
  name: "Reason for outgoing referral",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist cas_ReasonForOutgoingReferral",
  htcdsField: "cas_ReasonForOutgoingReferral",
  codes: HTCDS_CAS_REASON_FOR_OUTGOING_REFERRAL,
  extensible: false,
  meta: _referralReasonMeta,
});

/**
 * Zod schema of an HTCDS referral reason (incoming or outgoing).
 *
 * @example
 * ```ts
 * import { ReferralReason } from "@tipx/schema";
 * ReferralReason.parse("Other"); // "Other"
 * ReferralReason.safeParse("AdditionalServices").success; // false
 * ```
 */
export const ReferralReason = z.enum(REFERRAL_REASONS);
/** An HTCDS 2.0 reason for a referral, such as `"AdditionalServicesRequired"`. */
export type ReferralReason = z.infer<typeof ReferralReason>;
