import { z } from "zod";
import { defineCodeList } from "./_codelist";
import type { CodeMeta } from "./_codelist";

/**
 * The HTCDS 2.0 case statuses (`cas_Status`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { CASE_STATUSES } from "@tipx/schema";
 * CASE_STATUSES.includes("FollowUp"); // true
 * ```
 */
export const CASE_STATUSES = ["Active", "FollowUp", "Closed", "ClosedReferred"] as const;

/**
 * The HTCDS 2.0 picklist of the statuses of a case in an organisation's case management.
 *
 * @example
 * ```ts
 * import { caseStatuses, translate } from "@tipx/schema";
 * translate(caseStatuses.meta.FollowUp.label, "es"); // "En seguimiento"
 * ```
 */
export const caseStatuses = defineCodeList({
  id: "htcds.case-status",
  name: { en: "Case status", th: "สถานะของกรณี", es: "Estado del caso" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist cas_Status; shared/reference/htcds/picklist_values.csv",
  htcdsField: "cas_Status",
  codes: CASE_STATUSES,
  extensible: false,
  meta: {
    Active: {
      label: { en: "Active", th: "อยู่ระหว่างดำเนินการ", es: "Activo" },
      definition: "The organisation is working on the case.",
    },
    FollowUp: {
      label: { en: "Follow Up", th: "ติดตามผล", es: "En seguimiento" },
      definition: "The main assistance is over and the organisation is checking on the person's situation.",
    },
    Closed: {
      label: { en: "Closed", th: "ปิดกรณีแล้ว", es: "Cerrado" },
      definition: "The organisation has finished its work on the case.",
    },
    ClosedReferred: {
      label: { en: "Closed Referred", th: "ปิดกรณีแล้ว (ส่งต่อ)", es: "Cerrado por derivación" },
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
export const REFERRAL_REASONS = ["AdditionalServicesRequired", "MigrationOrChangeOfLocation", "Other"] as const;

const _referralReasonMeta: { readonly [K in (typeof REFERRAL_REASONS)[number]]: CodeMeta } = {
  AdditionalServicesRequired: {
    label: {
      en: "Additional Services Required",
      th: "ต้องการบริการเพิ่มเติม",
      es: "Se requieren servicios adicionales",
    },
    definition: "The person needs services the referring organisation does not provide.",
  },
  MigrationOrChangeOfLocation: {
    label: {
      en: "Migration or Change of Location",
      th: "การย้ายถิ่นหรือเปลี่ยนที่อยู่",
      es: "Migración o cambio de lugar de residencia",
    },
    definition: "The person moved, or is returning, to an area another organisation serves.",
  },
  Other: { label: { en: "Other", th: "อื่น ๆ", es: "Otro" } },
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
  name: { en: "Reason for incoming referral", th: "เหตุผลของการรับส่งต่อ", es: "Motivo de la derivación recibida" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist cas_ReasonForIncomingReferral; shared/reference/htcds/picklist_values.csv",
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
  name: { en: "Reason for outgoing referral", th: "เหตุผลของการส่งต่อ", es: "Motivo de la derivación realizada" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist cas_ReasonForOutgoingReferral; shared/reference/htcds/picklist_values.csv",
  htcdsField: "cas_ReasonForOutgoingReferral",
  codes: REFERRAL_REASONS,
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
