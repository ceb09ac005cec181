import * as z from "zod";
import { defineCodeList } from "./codelist";
import { RELATIONSHIPS_TO_TRAFFICKER } from "./htcds-victim";

/**
 * How a victim knew one perpetrator: the HTCDS 2.0 relationships (`Familial`, `Acquainted`,
 * `Unaquainted`, spelt as the standard spells them) followed by `IntimatePartner` and `Other`, which the
 * CTDC victim–perpetrator data distinguishes.
 *
 * @example
 * ```ts
 * import { PERPETRATOR_RELATIONSHIPS } from "@tipx/schema";
 * PERPETRATOR_RELATIONSHIPS; // ["Familial", "Acquainted", "Unaquainted", "IntimatePartner", "Other"]
 * ```
 */
export const PERPETRATOR_RELATIONSHIPS = [...RELATIONSHIPS_TO_TRAFFICKER, "IntimatePartner", "Other"] as const;

/**
 * The code list of a victim's relationship to one perpetrator.
 *
 * @example
 * ```ts
 * import { perpetratorRelationships } from "@tipx/schema";
 * perpetratorRelationships.meta.IntimatePartner.extension; // "tipx"
 * ```
 */
export const perpetratorRelationships = defineCodeList({
  id: "tipx.perpetrator-relationship",
  name: "Relationship to the perpetrator",
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_RelationshipToTrafficker, with the intimate-partner and other " +
    "relations of the CTDC data codebooks (recruiterRelation, IP_Relation)",
  codes: PERPETRATOR_RELATIONSHIPS,
  extensible: false,
  meta: {
    Familial: { label: "Familial", definition: "The perpetrator is a relative of the victim." },
    Acquainted: {
      label: "Acquainted",
      definition: "The victim knew the perpetrator before, but they are not related: a friend, neighbour or employer.",
    },
    Unaquainted: {
      label: "Unaquainted",
      definition: "The victim did not know the perpetrator before. (HTCDS spells the code 'Unaquainted'.)",
      aliases: ["Unacquainted"],
    },
    IntimatePartner: {
      label: "Intimate partner",
      definition: "The perpetrator is or was the victim's spouse, partner or boyfriend or girlfriend.",
      extension: "tipx",
    },
    Other: { label: "Other", definition: "Any other relationship.", extension: "tipx" },
  },
});

/**
 * Zod schema of a victim's relationship to one perpetrator.
 *
 * @example
 * ```ts
 * import { PerpetratorRelationship } from "@tipx/schema";
 * PerpetratorRelationship.parse("IntimatePartner"); // "IntimatePartner"
 * ```
 */
export const PerpetratorRelationship = z.enum(PERPETRATOR_RELATIONSHIPS);
/** A victim's relationship to one perpetrator. */
export type PerpetratorRelationship = z.infer<typeof PerpetratorRelationship>;

/**
 * What a perpetrator did towards one victim in the trafficking process, in the broad stages the CTDC
 * victim–perpetrator data records.
 *
 * @example
 * ```ts
 * import { PROCESS_ROLES } from "@tipx/schema";
 * PROCESS_ROLES.includes("transporter"); // true
 * ```
 */
export const PROCESS_ROLES = ["recruiter", "broker", "transporter", "exploiter", "controller"] as const;

/**
 * The code list of a perpetrator's role towards one victim.
 *
 * @example
 * ```ts
 * import { codeLabel, processRoles } from "@tipx/schema";
 * codeLabel(processRoles, "broker"); // "Broker"
 * ```
 */
export const processRoles = defineCodeList({
  id: "tipx.process-role",
  name: "Role in the trafficking process",
  source:
    "tipx 1.1, after the CTDC victim–perpetrator data (IP_RecruiterBroker, IP_TransactionProcess, IP_Exploiter) " +
    "and the Palermo Protocol (2000) art. 3(a) acts",
  codes: PROCESS_ROLES,
  extensible: false,
  meta: {
    recruiter: { label: "Recruiter", definition: "Recruited the victim: made the first offer or contact." },
    broker: {
      label: "Broker",
      definition: "Arranged the deal between others: sold, bought or placed the victim, or took a fee for it.",
    },
    transporter: { label: "Transporter", definition: "Moved or escorted the victim from one place to another." },
    exploiter: { label: "Exploiter", definition: "Profited from the victim's work, services or body." },
    controller: {
      label: "Controller",
      definition: "Kept the victim under control: guarded, threatened, held documents or debts.",
    },
  },
});

/**
 * Zod schema of a perpetrator's role towards one victim.
 *
 * @example
 * ```ts
 * import { ProcessRole } from "@tipx/schema";
 * ProcessRole.parse("exploiter"); // "exploiter"
 * ```
 */
export const ProcessRole = z.enum(PROCESS_ROLES);
/** A perpetrator's role towards one victim, such as `"transporter"`. */
export type ProcessRole = z.infer<typeof ProcessRole>;
