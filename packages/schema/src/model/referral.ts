import * as z from "zod";
import { ReferralReason } from "../codelists/htcds-case";
import { ReferralService } from "../codelists/referral-services";
import { ReferralStatus } from "../codelists/referral-statuses";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { EntityId, PartialDate } from "./primitives";

/**
 * A referral of a person (and usually their case) from one organisation to another, with the services
 * requested, its status and the consent it relies on. Carries the HTCDS 2.0 referral details.
 *
 * @example
 * ```ts
 * import type { Referral } from "@tipx/schema";
 * const referral: Referral = {
 *   type: "Referral",
 *   id: "7e6d5c4b-3a29-4f18-8e07-d6c5b4a39281",
 *   from: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21",
 *   to: "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
 *   person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
 *   consent: "2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091",
 *   status: "proposed",
 *   services: ["shelter"],
 * };
 * ```
 */
export const Referral = z.strictObject({
  ...entityFields("Referral"),
  /** Id of the Organization that refers. */
  from: field(EntityId, {
    id: "Referral.from",
    label: "Referring organisation",
    description: "Id of the Organization that refers.",
    sensitivity: "none",
    htcds: "cas_ReferringOrganisation",
    references: ["Organization"],
  }),
  /** Id of the Organization referred to. */
  to: field(EntityId, {
    id: "Referral.to",
    label: "Receiving organisation",
    description: "Id of the Organization referred to.",
    sensitivity: "none",
    htcds: "cas_ReferredOrganisation",
    references: ["Organization"],
  }),
  /** Id of the Person referred. */
  person: field(EntityId.exactOptional(), {
    id: "Referral.person",
    label: "Person referred",
    description: "Id of the Person referred.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** Id of the Case the referral belongs to. */
  case: field(EntityId.exactOptional(), {
    id: "Referral.case",
    label: "Case",
    description: "Id of the Case the referral belongs to.",
    sensitivity: "none",
    references: ["Case"],
  }),
  /** proposed, accepted, declined, completed or withdrawn. */
  status: field(ReferralStatus, {
    id: "Referral.status",
    label: "Referral status",
    description: "proposed, accepted, declined, completed or withdrawn.",
    sensitivity: "none",
  }),
  /** When the referral was made. */
  proposedOn: field(PartialDate.exactOptional(), {
    id: "Referral.proposedOn",
    label: "Referral date",
    description: "When the referral was made.",
    sensitivity: "none",
    htcds: ["cas_OutgoingReferralDate", "cas_IncomingReferralDate"],
  }),
  /** When the receiving organisation accepted or declined. */
  respondedOn: field(PartialDate.exactOptional(), {
    id: "Referral.respondedOn",
    label: "Response date",
    description: "When the receiving organisation accepted or declined.",
    sensitivity: "none",
  }),
  /** When the referral was completed or withdrawn. */
  closedOn: field(PartialDate.exactOptional(), {
    id: "Referral.closedOn",
    label: "Closing date",
    description: "When the referral was completed or withdrawn.",
    sensitivity: "none",
  }),
  /** Why the person is referred, HTCDS 2.0 values. */
  reasons: field(z.array(ReferralReason).exactOptional(), {
    id: "Referral.reasons",
    label: "Reasons",
    description: "Why the person is referred, HTCDS 2.0 values.",
    sensitivity: "none",
    htcds: ["cas_ReasonForOutgoingReferral", "cas_ReasonForIncomingReferral"],
  }),
  /** Narrative details of the referral. */
  details: field(z.string().min(1).exactOptional(), {
    id: "Referral.details",
    label: "Referral details",
    description: "Narrative details of the referral.",
    sensitivity: "sensitive",
    htcds: ["cas_OutgoingReferralDetails", "cas_IncomingReferralDetails"],
  }),
  /** The services the referral asks for. */
  services: field(z.array(ReferralService).exactOptional(), {
    id: "Referral.services",
    label: "Services requested",
    description: "The services the referral asks for.",
    sensitivity: "sensitive",
  }),
  /** Names or staff ids of the case workers on each side. */
  caseWorkers: field(
    z
      .strictObject({
        /** Name or staff id of the referring case worker. */
        referring: field(z.string().min(1).exactOptional(), {
          id: "Referral.caseWorkers.referring",
          label: "Referring case worker",
          description: "Name or staff id of the referring case worker.",
          sensitivity: "direct-identifier",
          htcds: "cas_ReferringPrimaryCaseWorker",
        }),
        /** Name or staff id of the receiving case worker. */
        receiving: field(z.string().min(1).exactOptional(), {
          id: "Referral.caseWorkers.receiving",
          label: "Receiving case worker",
          description: "Name or staff id of the receiving case worker.",
          sensitivity: "direct-identifier",
          htcds: "cas_ReferredPrimaryCaseWorker",
        }),
      })
      .exactOptional(),
    {
      id: "Referral.caseWorkers",
      label: "Case workers",
      description: "Names or staff ids of the case workers on each side.",
      sensitivity: "direct-identifier",
      htcds: ["cas_ReferringPrimaryCaseWorker", "cas_ReferredPrimaryCaseWorker"],
    },
  ),
  /** Id of the Consent the referral relies on. */
  consent: field(EntityId.exactOptional(), {
    id: "Referral.consent",
    label: "Consent",
    description: "Id of the Consent the referral relies on.",
    sensitivity: "none",
    references: ["Consent"],
  }),
});
/** A referral of a person from one organisation to another. */
export type Referral = z.infer<typeof Referral>;
