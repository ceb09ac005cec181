import * as z from "zod";
import {
  AssentDecision,
  ConsentDecision,
  ConsentInformation,
  ConsentKind,
  ConsentMethod,
  ConsentPurpose,
} from "../codelists/consent-purposes";
import { CountryCode } from "../codelists/countries";
import { LanguageCode } from "../codelists/languages";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { EntityId, PartialDate } from "./primitives";

/**
 * A child's own answer, recorded beside the consent a guardian gave for them.
 *
 * @example
 * ```ts
 * import type { Assent } from "@tipx/schema";
 * const assent: Assent = { decision: "given", on: "2022-03-30" };
 * ```
 */
export const Assent = z.strictObject({
  /** Given, refused, or not sought. */
  decision: field(AssentDecision, {
    id: "Assent.decision",
    since: "1.1",
    label: "Child's assent",
    description: "Given, refused, or not sought.",
    sensitivity: "none",
  }),
  /** When the child was asked. */
  on: field(PartialDate.exactOptional(), {
    id: "Assent.on",
    since: "1.1",
    label: "Asked on",
    description: "When the child was asked.",
    sensitivity: "none",
  }),
});
/** A child's assent beside a guardian's consent. */
export type Assent = z.infer<typeof Assent>;

/**
 * A person's informed consent, or refusal: to be interviewed, or to the use and sharing of their data for
 * stated purposes, with what they were told, who may receive the data and where, when it was given, when
 * it expires and when it was withdrawn. A child's assent is recorded beside a guardian's consent.
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
  /** Consent to the use and sharing of data (the default), or to an interview. */
  kind: field(ConsentKind.exactOptional(), {
    id: "Consent.kind",
    since: "1.1",
    label: "Consent for",
    description: "Consent to the use and sharing of data (the default), or to an interview.",
    sensitivity: "none",
  }),
  /** Given (the default) or refused. */
  decision: field(ConsentDecision.exactOptional(), {
    id: "Consent.decision",
    since: "1.1",
    label: "Decision",
    description: "Given (the default) or refused.",
    sensitivity: "none",
  }),
  /** What the data may be used for, or, for a refusal, what it must not be used for (empty: nothing). */
  purposes: field(z.array(ConsentPurpose), {
    id: "Consent.purposes",
    label: "Purposes",
    description: "What the data may be used for, or, for a refusal, what it must not be used for (empty: nothing).",
    sensitivity: "none",
    htcds: "con_Consent",
  }),
  /** When consent was given or refused. */
  givenOn: field(PartialDate, {
    id: "Consent.givenOn",
    label: "Given on",
    description: "When consent was given or refused.",
    sensitivity: "none",
  }),
  /** The last day the consent holds; sharing after it needs a new consent. */
  expiresOn: field(PartialDate.exactOptional(), {
    id: "Consent.expiresOn",
    since: "1.1",
    label: "Expires on",
    description: "The last day the consent holds; sharing after it needs a new consent.",
    sensitivity: "none",
  }),
  /** Ids of the only Organizations the data may be shared with; absent means any recipient for the purposes. */
  recipients: field(z.array(EntityId).exactOptional(), {
    id: "Consent.recipients",
    since: "1.1",
    label: "Recipients",
    description:
      "Ids of the only Organizations the data may be shared with; absent means any recipient for the purposes.",
    sensitivity: "none",
    references: ["Organization"],
  }),
  /** The only countries the data may go to; absent means any country. */
  countries: field(z.array(CountryCode).exactOptional(), {
    id: "Consent.countries",
    since: "1.1",
    label: "Countries",
    description: "The only countries the data may go to; absent means any country.",
    sensitivity: "none",
  }),
  /** What the person was told before deciding (the HTCDS consent guidance). */
  informedOf: field(z.array(ConsentInformation).exactOptional(), {
    id: "Consent.informedOf",
    since: "1.1",
    label: "Informed of",
    description: "What the person was told before deciding (the HTCDS consent guidance).",
    sensitivity: "none",
    htcds: "con_Consent",
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
  /** A child's own assent, beside the consent the guardian gave. */
  assent: field(Assent.exactOptional(), {
    id: "Consent.assent",
    since: "1.1",
    label: "Child's assent",
    description: "A child's own assent, beside the consent the guardian gave.",
    sensitivity: "none",
  }),
  /** Id of the Organization that recorded the consent. */
  recordedBy: field(EntityId.exactOptional(), {
    id: "Consent.recordedBy",
    label: "Recorded by",
    description: "Id of the Organization that recorded the consent.",
    sensitivity: "none",
    references: ["Organization"],
  }),
  /** The language consent was explained in: ISO 639-3 (ISO 639-1 accepted). */
  language: field(LanguageCode.exactOptional(), {
    id: "Consent.language",
    label: "Language of the consent",
    description: "The language consent was explained in: ISO 639-3 (ISO 639-1 accepted).",
    sensitivity: "quasi-identifier",
  }),
});
/** A person's consent to the use of their data. */
export type Consent = z.infer<typeof Consent>;
