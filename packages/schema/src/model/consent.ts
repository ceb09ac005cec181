import * as z from "zod";
import { ConsentMethod, ConsentPurpose } from "../codelists/consent-purposes";
import { LanguageCode } from "../codelists/languages";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { EntityId, PartialDate } from "./primitives";

/**
 * A person's informed consent to the use of their data for stated purposes, when and how it was given,
 * and when it was withdrawn.
 *
 * @example
 * ```ts
 * import type { Consent } from "@tipx/schema";
 * const consent: Consent = {
 *   type: "Consent",
 *   id: "2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091",
 *   person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
 *   purposes: ["case-management", "referral"],
 *   givenOn: "2022-03-30",
 *   method: "written",
 * };
 * ```
 */
export const Consent = z.strictObject({
  ...entityFields("Consent"),
  /** Id of the Person who consents. */
  person: field(EntityId, {
    id: "Consent.person",
    label: "Person",
    description: "Id of the Person who consents.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** What the data may be used for. */
  purposes: field(z.array(ConsentPurpose).min(1), {
    id: "Consent.purposes",
    label: "Purposes",
    description: "What the data may be used for.",
    sensitivity: "none",
    htcds: "con_Consent",
  }),
  /** When consent was given. */
  givenOn: field(PartialDate, {
    id: "Consent.givenOn",
    label: "Given on",
    description: "When consent was given.",
    sensitivity: "none",
  }),
  /** When consent was withdrawn. */
  withdrawnOn: field(PartialDate.exactOptional(), {
    id: "Consent.withdrawnOn",
    label: "Withdrawn on",
    description: "When consent was withdrawn.",
    sensitivity: "none",
  }),
  /** Written, verbal, digital, by a guardian... */
  method: field(ConsentMethod.exactOptional(), {
    id: "Consent.method",
    label: "How obtained",
    description: "Written, verbal, digital, by a guardian...",
    sensitivity: "none",
  }),
  /** Id of the Person who consented for a child. */
  guardian: field(EntityId.exactOptional(), {
    id: "Consent.guardian",
    label: "Guardian",
    description: "Id of the Person who consented for a child.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** Id of the Organization that recorded the consent. */
  recordedBy: field(EntityId.exactOptional(), {
    id: "Consent.recordedBy",
    label: "Recorded by",
    description: "Id of the Organization that recorded the consent.",
    sensitivity: "none",
    references: ["Organization"],
  }),
  /** The ISO 639-1 code of the language consent was explained in. */
  language: field(LanguageCode.exactOptional(), {
    id: "Consent.language",
    label: "Language of the consent",
    description: "The ISO 639-1 code of the language consent was explained in.",
    sensitivity: "quasi-identifier",
  }),
});
/** A person's consent to the use of their data. */
export type Consent = z.infer<typeof Consent>;
