import type { LegRole, PerpetratorRole, ProcessRole, TraffickingEventType } from "@tipx/schema";
import type { CrosswalkRow, UnmappedCode } from "./crosswalk-row";

// The route and the people on it, to the Palermo acts: the HTCDS event types and suspect roles, and the
// route legs and victim–perpetrator links of tipx 1.1. Read with the conventions of htcds.ts: direct
// when every record with the code shows the item, partial when only some do. An event or leg counts for
// a person when its participants or persons name them, or when it names no one (HTCDS: all the victims
// of the case).

/**
 * The fields of a trafficking event that make it a leg of the route (tipx 1.1): where it started and
 * ended, how the people travelled, and how it crossed a border.
 *
 * @example
 * ```ts
 * import { ROUTE_LEG_FIELDS } from "@tipx/indicators";
 * ROUTE_LEG_FIELDS.includes("transportMode"); // true
 * ```
 */
export const ROUTE_LEG_FIELDS = ["from", "to", "transportMode", "borderCrossing"] as const;

/**
 * A field of a trafficking event that makes it a route leg.
 *
 * @example
 * ```ts
 * import type { RouteLegField } from "@tipx/indicators";
 * const field: RouteLegField = "borderCrossing";
 * ```
 */
export type RouteLegField = (typeof ROUTE_LEG_FIELDS)[number];

/**
 * The fields of a route leg that concerns the person to the Palermo act of transportation.
 *
 * @example
 * ```ts
 * import { ROUTE_LEGS_CROSSWALK } from "@tipx/indicators";
 * ROUTE_LEGS_CROSSWALK.every((row) => row.item === "palermo/transportation"); // true
 * ```
 */
export const ROUTE_LEGS_CROSSWALK = [
  {
    code: "from",
    item: "palermo/transportation",
    strength: "direct",
    why: "A leg of the person's route that starts somewhere moved them from there.",
  },
  {
    code: "to",
    item: "palermo/transportation",
    strength: "direct",
    why: "A leg of the person's route that goes somewhere moved them there.",
  },
  {
    code: "transportMode",
    item: "palermo/transportation",
    strength: "direct",
    why: "A leg of the person's route travelled by some means of transport moved them.",
  },
  {
    code: "borderCrossing",
    item: "palermo/transportation",
    strength: "direct",
    why: "A leg of the person's route that crossed a border moved them across it.",
  },
] as const satisfies readonly CrosswalkRow<RouteLegField>[];

/**
 * The roles of the people on a route leg that concerns the person (tipx 1.1) to Palermo acts. The
 * `traveller` row counts for the person's own role on the leg; the others count for the other people on
 * it.
 *
 * @example
 * ```ts
 * import { LEG_ROLES_CROSSWALK } from "@tipx/indicators";
 * LEG_ROLES_CROSSWALK.find((row) => row.code === "receiver")?.item; // "palermo/receipt"
 * ```
 */
export const LEG_ROLES_CROSSWALK = [
  {
    code: "traveller",
    item: "palermo/transportation",
    strength: "direct",
    why: "The person was among the people moved on this leg of the route.",
  },
  {
    code: "transporter",
    item: "palermo/transportation",
    strength: "direct",
    why: "Someone carried the people moved on this leg, the person among them.",
  },
  {
    code: "escort",
    item: "palermo/transportation",
    strength: "direct",
    why: "Someone accompanied or guarded the people moved on this leg, which is part of moving them.",
  },
  {
    code: "receiver",
    item: "palermo/receipt",
    strength: "direct",
    why: "Someone received the people moved at the end of this leg, the person among them.",
  },
  {
    code: "recruiter",
    item: "palermo/recruitment",
    strength: "partial",
    why: "A recruiter on the leg recruited people for it, but the leg does not say this person was one of them.",
  },
  {
    code: "recruiter",
    item: "palermo/transfer",
    strength: "partial",
    why: "A recruiter on the leg may have handed the people over at its start, but the leg does not say so of this person.",
  },
] as const satisfies readonly CrosswalkRow<LegRole>[];

/**
 * The roles on a route leg that map to no Palermo act, and why.
 *
 * @example
 * ```ts
 * import { LEG_ROLES_UNMAPPED } from "@tipx/indicators";
 * LEG_ROLES_UNMAPPED[0]?.code; // "other"
 * ```
 */
export const LEG_ROLES_UNMAPPED = [
  { code: "other", frameworks: ["palermo"], why: "The role is not said." },
] as const satisfies readonly UnmappedCode<LegRole>[];

/**
 * The roles of a perpetrator towards this victim (tipx 1.1 victim–perpetrator links, after the CTDC
 * victim–perpetrator data) to Palermo acts and means.
 *
 * @example
 * ```ts
 * import { PROCESS_ROLES_CROSSWALK } from "@tipx/indicators";
 * PROCESS_ROLES_CROSSWALK.find((row) => row.code === "broker")?.item; // "palermo/transfer"
 * ```
 */
export const PROCESS_ROLES_CROSSWALK = [
  {
    code: "recruiter",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The perpetrator recruited this person.",
  },
  {
    code: "transporter",
    item: "palermo/transportation",
    strength: "direct",
    why: "The perpetrator moved or escorted this person from one place to another.",
  },
  {
    code: "broker",
    item: "palermo/transfer",
    strength: "direct",
    why: "A broker sold, bought or placed this person with others, or took a fee for it: handing a person over is transfer.",
  },
  {
    code: "exploiter",
    item: "palermo/receipt",
    strength: "partial",
    why: "The one who profits often took the person in at the place of exploitation, but may have profited from afar.",
  },
  {
    code: "exploiter",
    item: "palermo/harbouring",
    strength: "partial",
    why: "The one who profits often houses or keeps the person, but the role does not say so.",
  },
  {
    code: "controller",
    item: "palermo/harbouring",
    strength: "partial",
    why: "Guarding a person keeps them somewhere, but control may also be by held documents or debts alone.",
  },
  {
    code: "controller",
    item: "palermo/other-coercion",
    strength: "partial",
    why: "Keeping a person under control is coercion, but the role does not say how it was done, so the means may be another.",
  },
] as const satisfies readonly CrosswalkRow<ProcessRole>[];

/**
 * The facts of a victim–perpetrator link besides its roles (tipx 1.1).
 *
 * @example
 * ```ts
 * import { LINK_FACTS } from "@tipx/indicators";
 * LINK_FACTS; // ["moneyExchanged"]
 * ```
 */
export const LINK_FACTS = ["moneyExchanged"] as const;

/**
 * A fact of a victim–perpetrator link.
 *
 * @example
 * ```ts
 * import type { LinkFact } from "@tipx/indicators";
 * const fact: LinkFact = "moneyExchanged";
 * ```
 */
export type LinkFact = (typeof LINK_FACTS)[number];

/**
 * The facts of a victim–perpetrator link, when true, to Palermo acts and means. Both rows are partial:
 * money that changed hands over the person says neither who was paid nor what for.
 *
 * @example
 * ```ts
 * import { LINK_FACTS_CROSSWALK } from "@tipx/indicators";
 * LINK_FACTS_CROSSWALK.map((row) => row.item); // ["palermo/transfer", "palermo/payments-to-controller"]
 * ```
 */
export const LINK_FACTS_CROSSWALK = [
  {
    code: "moneyExchanged",
    item: "palermo/transfer",
    strength: "partial",
    why: "Money changing hands between perpetrators over the person suggests a sale, a transfer, but the field does not say what was paid for (a broker's role does: see PROCESS_ROLES_CROSSWALK).",
  },
  {
    code: "moneyExchanged",
    item: "palermo/payments-to-controller",
    strength: "partial",
    why: "Payment is a means only when it went to a person having control over the victim, such as a parent or guardian, to get their consent; the field says neither.",
  },
] as const satisfies readonly CrosswalkRow<LinkFact>[];

/**
 * HTCDS 2.0 historic trafficking event types (`hte_Type`) of an event that concerns the person to
 * Palermo acts.
 *
 * @see IOM HTCDS 2.0 (24 Dec 2021), picklist hte_Type
 * @example
 * ```ts
 * import { EVENT_TYPES_CROSSWALK } from "@tipx/indicators";
 * EVENT_TYPES_CROSSWALK.find((row) => row.code === "Transit")?.item; // "palermo/transportation"
 * ```
 */
export const EVENT_TYPES_CROSSWALK = [
  {
    code: "Recruitment",
    item: "palermo/recruitment",
    strength: "direct",
    why: "A recruitment event of the person's trafficking is their recruitment.",
  },
  {
    code: "Transit",
    item: "palermo/transportation",
    strength: "direct",
    why: "A transit event of the person's trafficking is their being moved from one place to another.",
  },
  {
    code: "Exploitation",
    item: "palermo/harbouring",
    strength: "partial",
    why: "An exploitation event puts the person where they were exploited, where they are often housed or kept, but it does not say so.",
  },
  {
    code: "Exploitation",
    item: "palermo/receipt",
    strength: "partial",
    why: "Someone usually took the person in where they were exploited, but the event does not say so.",
  },
] as const satisfies readonly CrosswalkRow<TraffickingEventType>[];

/**
 * HTCDS 2.0 roles of a suspect in the trafficking process (`per_RoleInProcess`) to Palermo acts and
 * means, for a suspect linked to the person as their perpetrator. All rows are partial: the role is
 * recorded for the suspect in the whole case, not towards this person (the perpetrator link's own roles
 * are, see `PROCESS_ROLES_CROSSWALK`).
 *
 * @see IOM HTCDS 2.0 (24 Dec 2021), picklist per_RoleInProcess
 * @example
 * ```ts
 * import { PERPETRATOR_ROLES_CROSSWALK } from "@tipx/indicators";
 * PERPETRATOR_ROLES_CROSSWALK.find((row) => row.code === "Kidnapper")?.item; // "palermo/abduction"
 * ```
 */
export const PERPETRATOR_ROLES_CROSSWALK = [
  {
    code: "TravellingPartner",
    item: "palermo/transportation",
    strength: "partial",
    why: "Travelling with a victim as an escort is part of moving them, but the role may concern another victim of the case.",
  },
  {
    code: "Transporter",
    item: "palermo/transportation",
    strength: "partial",
    why: "The suspect moved a victim of the case, not necessarily this one.",
  },
  {
    code: "RecruiterOrIntermediary",
    item: "palermo/recruitment",
    strength: "partial",
    why: "The suspect recruited a victim of the case, not necessarily this one.",
  },
  {
    code: "BrokerTravelAgent",
    item: "palermo/recruitment",
    strength: "partial",
    why: "Arranging travel or a job placement is part of recruitment, but the role may concern another victim of the case.",
  },
  {
    code: "TransferredIndividual",
    item: "palermo/transfer",
    strength: "partial",
    why: "The suspect handed a victim of the case over to others, not necessarily this one.",
  },
  {
    code: "HarbouredIndividual",
    item: "palermo/harbouring",
    strength: "partial",
    why: "The suspect housed or kept a victim of the case, not necessarily this one.",
  },
  {
    code: "SoldIndividual",
    item: "palermo/transfer",
    strength: "partial",
    why: "Selling a person hands them over to another, but the role may concern another victim of the case.",
  },
  {
    code: "BoughtIndividual",
    item: "palermo/transfer",
    strength: "partial",
    why: "Buying a person takes them over from another, but the role may concern another victim of the case.",
  },
  {
    code: "ReceivedIndividual",
    item: "palermo/receipt",
    strength: "partial",
    why: "The suspect took delivery of a victim of the case, not necessarily this one.",
  },
  {
    code: "ControlledIndividual",
    item: "palermo/harbouring",
    strength: "partial",
    why: "Keeping a victim under control often means keeping them somewhere, but neither the place nor the victim is said.",
  },
  {
    code: "Smuggler",
    item: "palermo/transportation",
    strength: "partial",
    why: "Smuggling moves a person across a border, but it is not trafficking by itself and may concern another person of the case.",
  },
  {
    code: "Kidnapper",
    item: "palermo/abduction",
    strength: "partial",
    why: "A kidnapper abducted a victim of the case, not necessarily this one.",
  },
  {
    code: "Abuser",
    item: "palermo/threat-or-use-of-force",
    strength: "partial",
    why: "Abuse is often violence, but the role says neither what abuse nor towards whom.",
  },
] as const satisfies readonly CrosswalkRow<PerpetratorRole>[];

/**
 * The roles of a suspect in the trafficking process that map to no Palermo element, and why.
 *
 * @example
 * ```ts
 * import { PERPETRATOR_ROLES_UNMAPPED } from "@tipx/indicators";
 * PERPETRATOR_ROLES_UNMAPPED.map((entry) => entry.code); // ["Exploiter", "Other"]
 * ```
 */
export const PERPETRATOR_ROLES_UNMAPPED = [
  {
    code: "Exploiter",
    frameworks: ["palermo"],
    why: "Profiting from the exploitation names no act, no means and no particular purpose.",
  },
  {
    code: "Other",
    frameworks: ["palermo"],
    why: "The role is not said.",
  },
] as const satisfies readonly UnmappedCode<PerpetratorRole>[];
