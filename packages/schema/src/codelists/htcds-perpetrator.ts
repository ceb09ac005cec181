import * as z from "zod";
import { defineCodeList } from "./codelist";
import { HTCDS_PER_ROLE_IN_PROCESS } from "./htcds-picklists.generated";

/**
 * The HTCDS 2.0 roles of a perpetrator in the trafficking process (`per_RoleInProcess`), spelt and
 * ordered as in the standard.
 *
 * @example
 * ```ts
 * import { PERPETRATOR_ROLES } from "@tipx/schema";
 * PERPETRATOR_ROLES.includes("RecruiterOrIntermediary"); // true
 * ```
 */
export const PERPETRATOR_ROLES = HTCDS_PER_ROLE_IN_PROCESS;

/**
 * The HTCDS 2.0 picklist of the parts a perpetrator played in trafficking a victim. Codes such as
 * `TransferredIndividual` name what the perpetrator did to the victim, not a role of the victim.
 *
 * @example
 * ```ts
 * import { codeLabel, perpetratorRoles } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(perpetratorRoles, "Exploiter", es); // "Explotador/a"
 * ```
 */
export const perpetratorRoles = defineCodeList({
  id: "htcds.perpetrator-role",
  name: "Role in the trafficking process",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist per_RoleInProcess",
  htcdsField: "per_RoleInProcess",
  codes: PERPETRATOR_ROLES,
  extensible: false,
  meta: {
    TravellingPartner: {
      label: "Travelling Partner",
      definition: "Travelled with the victim, for example as an escort posing as a relative or partner.",
    },
    Transporter: {
      label: "Transporter",
      definition: "Moved the victim from one place to another (a Palermo Protocol act).",
    },
    RecruiterOrIntermediary: {
      label: "Recruiter Or Intermediary",
      definition: "Found and enlisted the victim, or acted as a go-between for those who did.",
    },
    BrokerTravelAgent: {
      label: "Broker Travel Agent",
      definition: "Arranged travel, documents or job placement for the victim, often for a fee.",
    },
    TransferredIndividual: {
      label: "Transferred Individual",
      definition:
        "Handed the victim over to another person or moved them under another's control (a Palermo Protocol act).",
    },
    HarbouredIndividual: {
      label: "Harboured Individual",
      definition: "Housed, hid or kept the victim (a Palermo Protocol act).",
    },
    SoldIndividual: {
      label: "Sold Individual",
    },
    BoughtIndividual: {
      label: "Bought Individual",
    },
    ReceivedIndividual: {
      label: "Received Individual",
      definition: "Took delivery of the victim at a destination (a Palermo Protocol act).",
    },
    ControlledIndividual: {
      label: "Controlled Individual",
      definition: "Kept the victim under control, for example by guarding, threatening or holding their documents.",
    },
    Smuggler: {
      label: "Smuggler",
      definition: "Moved the victim across a border irregularly for a payment.",
    },
    Abuser: { label: "Abuser" },
    Kidnapper: { label: "Kidnapper" },
    Exploiter: {
      label: "Exploiter",
      definition: "Profited from the victim's exploitation, such as the employer, brothel owner or scam-compound boss.",
    },
    Other: { label: "Other" },
  },
});

/**
 * Zod schema of an HTCDS perpetrator role.
 *
 * @example
 * ```ts
 * import { PerpetratorRole } from "@tipx/schema";
 * PerpetratorRole.parse("Smuggler"); // "Smuggler"
 * PerpetratorRole.safeParse("Recruiter").success; // false
 * ```
 */
export const PerpetratorRole = z.enum(PERPETRATOR_ROLES);
/** An HTCDS 2.0 role of a perpetrator in the trafficking process, such as `"Transporter"`. */
export type PerpetratorRole = z.infer<typeof PerpetratorRole>;
