import * as z from "zod";
import { LegalOutcome, LegalStage } from "../codelists/legal";
import { field } from "../metadata/registry";
import { Jurisdiction } from "./case";
import { entityFields } from "./entity-base";
import { PATTERNS } from "./patterns";
import { EntityId, PartialDate } from "./primitives";

/**
 * A charge: the legal instrument and section it cites (codes from the country profile, such as
 * `TH-ATIPA-2551` and `s6`) and the persons charged.
 *
 * @example
 * ```ts
 * import type { Charge } from "@tipx/schema";
 * const charge: Charge = { instrument: "TH-ATIPA-2551", section: "s6", against: ["6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2918"] };
 * ```
 */
export const Charge = z.strictObject({
  /** The law cited, by its profile code. */
  instrument: field(z.string().min(1), {
    id: "Charge.instrument",
    label: "Legal instrument",
    description: "The law cited, by its profile code.",
    sensitivity: "none",
  }),
  /** The section or article cited. */
  section: field(z.string().min(1).exactOptional(), {
    id: "Charge.section",
    label: "Section",
    description: "The section or article cited.",
    sensitivity: "none",
  }),
  /** Ids of the Persons charged. */
  against: field(z.array(EntityId).min(1), {
    id: "Charge.against",
    label: "Charged persons",
    description: "Ids of the Persons charged.",
    sensitivity: "none",
    references: ["Person"],
  }),
});
/** A charge citing a law and the persons charged. */
export type Charge = z.infer<typeof Charge>;

/**
 * A sentence handed down: imprisonment, fine and a description.
 *
 * @example
 * ```ts
 * import type { Sentence } from "@tipx/schema";
 * const sentence: Sentence = { imprisonmentMonths: 96, fine: { amount: 400000, currency: "THB" } };
 * ```
 */
export const Sentence = z.strictObject({
  /** Length of imprisonment in months. */
  imprisonmentMonths: field(z.number().min(0).exactOptional(), {
    id: "Sentence.imprisonmentMonths",
    label: "Imprisonment (months)",
    description: "Length of imprisonment in months.",
    sensitivity: "sensitive",
  }),
  /** The fine, with its ISO 4217 currency. */
  fine: field(
    z
      .strictObject({
        /** The amount of the fine. */
        amount: field(z.number().min(0), {
          id: "Sentence.fine.amount",
          label: "Amount",
          description: "The amount of the fine.",
          sensitivity: "sensitive",
        }),
        /** ISO 4217 currency code, such as THB. */
        currency: field(z.string().regex(PATTERNS.iso4217), {
          id: "Sentence.fine.currency",
          label: "Currency",
          description: "ISO 4217 currency code, such as THB.",
          sensitivity: "none",
        }),
      })
      .exactOptional(),
    {
      id: "Sentence.fine",
      label: "Fine",
      description: "The fine, with its ISO 4217 currency.",
      sensitivity: "sensitive",
    },
  ),
  /** The sentence as pronounced. */
  description: field(z.string().min(1).exactOptional(), {
    id: "Sentence.description",
    label: "Description",
    description: "The sentence as pronounced.",
    sensitivity: "sensitive",
  }),
});
/** A sentence handed down. */
export type Sentence = z.infer<typeof Sentence>;

/**
 * A legal proceeding: charges citing the country's law, stage, court, outcome and sentence.
 *
 * @example
 * ```ts
 * import type { LegalProceeding } from "@tipx/schema";
 * const proceeding: LegalProceeding = {
 *   type: "LegalProceeding",
 *   id: "8091a2b3-c4d5-4e6f-8a7b-9c0d1e2f3a4b",
 *   jurisdiction: { country: "TH", subdivision: "TH-63" },
 *   stage: "investigation",
 *   charges: [{ instrument: "TH-ATIPA-2551", section: "s6", against: ["6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2918"] }],
 * };
 * ```
 */
export const LegalProceeding = z.strictObject({
  ...entityFields("LegalProceeding"),
  /** Id of the Case the proceeding belongs to. */
  case: field(EntityId.exactOptional(), {
    id: "LegalProceeding.case",
    label: "Case",
    description: "Id of the Case the proceeding belongs to.",
    sensitivity: "none",
    references: ["Case"],
  }),
  /** The country (and subdivision) whose courts hear it. */
  jurisdiction: field(Jurisdiction, {
    id: "LegalProceeding.jurisdiction",
    label: "Jurisdiction",
    description: "The country (and subdivision) whose courts hear it.",
    sensitivity: "none",
  }),
  /** The court or prosecutor's office. */
  court: field(z.string().min(1).exactOptional(), {
    id: "LegalProceeding.court",
    label: "Court",
    description: "The court or prosecutor's office.",
    sensitivity: "none",
  }),
  /** The court's case number. */
  docketNumber: field(z.string().min(1).exactOptional(), {
    id: "LegalProceeding.docketNumber",
    label: "Docket number",
    description: "The court's case number.",
    sensitivity: "quasi-identifier",
  }),
  /** Where the proceeding stands. */
  stage: field(LegalStage.exactOptional(), {
    id: "LegalProceeding.stage",
    label: "Stage",
    description: "Where the proceeding stands.",
    sensitivity: "none",
  }),
  /** The charges brought. */
  charges: field(z.array(Charge), {
    id: "LegalProceeding.charges",
    label: "Charges",
    description: "The charges brought.",
    sensitivity: "sensitive",
  }),
  /** When the proceeding started. */
  filedOn: field(PartialDate.exactOptional(), {
    id: "LegalProceeding.filedOn",
    label: "Filed on",
    description: "When the proceeding started.",
    sensitivity: "none",
  }),
  /** When the outcome was decided. */
  decidedOn: field(PartialDate.exactOptional(), {
    id: "LegalProceeding.decidedOn",
    label: "Decided on",
    description: "When the outcome was decided.",
    sensitivity: "none",
  }),
  /** Convicted, acquitted, dismissed... */
  outcome: field(LegalOutcome.exactOptional(), {
    id: "LegalProceeding.outcome",
    label: "Outcome",
    description: "Convicted, acquitted, dismissed...",
    sensitivity: "sensitive",
  }),
  /** The sentence handed down. */
  sentence: field(Sentence.exactOptional(), {
    id: "LegalProceeding.sentence",
    label: "Sentence",
    description: "The sentence handed down.",
    sensitivity: "sensitive",
  }),
});
/** A legal proceeding with its charges. */
export type LegalProceeding = z.infer<typeof LegalProceeding>;
