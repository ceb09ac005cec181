import * as z from "zod";
import { CountryCode } from "../codelists/countries";
import { CaseStatus } from "../codelists/htcds-case";
import { TraffickingEventType } from "../codelists/htcds-events";
import { SupportPlanType } from "../codelists/htcds-support-plan";
import { BorderCrossingKind, LegRole, TransportMode } from "../codelists/route";
import { field } from "../metadata/registry";
import { CaseParty } from "./case-party";
import { CaseWorker } from "./case-worker";
import { entityFields } from "./entity-base";
import { DateTime, EntityId, PartialDate, Place, SubdivisionCode } from "./primitives";

/**
 * The country, and optionally the ISO 3166-2 subdivision, whose authorities handle a case or a
 * proceeding.
 *
 * @example
 * ```ts
 * import type { Jurisdiction } from "@tipx/schema";
 * const tak: Jurisdiction = { country: "TH", subdivision: "TH-63" };
 * ```
 */
export const Jurisdiction = z.strictObject({
  /** The country of jurisdiction. */
  country: field(CountryCode, {
    id: "Jurisdiction.country",
    label: "Country",
    description: "The country of jurisdiction.",
    sensitivity: "none",
  }),
  /** The ISO 3166-2 subdivision of jurisdiction. */
  subdivision: field(SubdivisionCode.exactOptional(), {
    id: "Jurisdiction.subdivision",
    label: "Subdivision",
    description: "The ISO 3166-2 subdivision of jurisdiction.",
    sensitivity: "none",
  }),
});
/** The country and subdivision whose authorities handle a case or proceeding. */
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/**
 * Who was on one leg of a route, and what they did there.
 *
 * @example
 * ```ts
 * import type { LegParticipant } from "@tipx/schema";
 * const driver: LegParticipant = { person: "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f", role: "transporter" };
 * ```
 */
export const LegParticipant = z.strictObject({
  /** Id of the Person. */
  person: field(EntityId, {
    id: "LegParticipant.person",
    since: "1.1",
    label: "Person",
    description: "Id of the Person.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** What the person did on the leg: moved, transported, escorted, recruited or received. */
  role: field(LegRole, {
    id: "LegParticipant.role",
    since: "1.1",
    label: "Role on the route",
    description: "What the person did on the leg: moved, transported, escorted, recruited or received.",
    sensitivity: "sensitive",
  }),
});
/** A person on a route leg, with their role. */
export type LegParticipant = z.infer<typeof LegParticipant>;

/**
 * How a route leg crossed a border: at an official crossing point (named when known) or irregularly.
 *
 * @example
 * ```ts
 * import type { BorderCrossing } from "@tipx/schema";
 * const crossing: BorderCrossing = { kind: "irregular", point: "Moei river, north of the Friendship Bridge" };
 * ```
 */
export const BorderCrossing = z.strictObject({
  /** At an official crossing point, or irregular. */
  kind: field(BorderCrossingKind, {
    id: "BorderCrossing.kind",
    since: "1.1",
    label: "Crossing",
    description: "At an official crossing point, or irregular.",
    sensitivity: "sensitive",
  }),
  /** The name of the crossing point, or where the border was crossed. */
  point: field(z.string().min(1).exactOptional(), {
    id: "BorderCrossing.point",
    since: "1.1",
    label: "Crossing point",
    description: "The name of the crossing point, or where the border was crossed.",
    sensitivity: "quasi-identifier",
  }),
});
/** How a route leg crossed a border. */
export type BorderCrossing = z.infer<typeof BorderCrossing>;

/**
 * A step of the trafficking (the HTCDS historic trafficking events): recruitment, transit or exploitation,
 * with its start date and place. Since 1.1 an event is also a leg of the route: it can end (so the
 * duration of an exploitation can be derived), run from one place to another by a transport mode, cross a
 * border, and name the people on it with their roles.
 *
 * @example
 * ```ts
 * import type { TraffickingEvent } from "@tipx/schema";
 * const leg: TraffickingEvent = {
 *   eventType: "Transit",
 *   date: "2022-03-27",
 *   endDate: "2022-03-28",
 *   from: { country: "TH", subdivision: "TH-63", locality: "Mae Sot" },
 *   to: { country: "MM", locality: "Myawaddy" },
 *   transportMode: "road",
 *   borderCrossing: { kind: "irregular" },
 * };
 * ```
 */
export const TraffickingEvent = z.strictObject({
  /** Recruitment, transit or exploitation. */
  eventType: field(TraffickingEventType, {
    id: "TraffickingEvent.eventType",
    label: "Event type",
    description: "Recruitment, transit or exploitation.",
    sensitivity: "sensitive",
    htcds: "hte_Type",
  }),
  /** When the event happened, or began. */
  date: field(PartialDate.exactOptional(), {
    id: "TraffickingEvent.date",
    label: "Date",
    description: "When the event happened, or began.",
    sensitivity: "quasi-identifier",
    htcds: "hte_Date",
    // traffickMonths: the length of the Exploitation events, from their date to their endDate.
    ctdc: ["traffickMonths"],
  }),
  /** Where the event happened. */
  place: field(Place.exactOptional(), {
    id: "TraffickingEvent.place",
    label: "Place",
    description: "Where the event happened.",
    sensitivity: "quasi-identifier",
    htcds: ["hte_Street", "hte_City", "hte_State", "hte_PostalCode", "hte_Country", "hte_Latitude", "hte_Longitude"],
    // The country of the last Exploitation event.
    ctdc: ["CountryofExploitation", "CountryOfExploitation"],
  }),
  /** When the event ended, such as the end of an exploitation or the arrival of a leg. */
  endDate: field(PartialDate.exactOptional(), {
    id: "TraffickingEvent.endDate",
    since: "1.1",
    label: "End date",
    description: "When the event ended, such as the end of an exploitation or the arrival of a leg.",
    sensitivity: "quasi-identifier",
    ctdc: ["traffickMonths"],
  }),
  /** Where a leg of the route started. */
  from: field(Place.exactOptional(), {
    id: "TraffickingEvent.from",
    since: "1.1",
    label: "From",
    description: "Where a leg of the route started.",
    sensitivity: "quasi-identifier",
  }),
  /** Where a leg of the route ended. */
  to: field(Place.exactOptional(), {
    id: "TraffickingEvent.to",
    since: "1.1",
    label: "To",
    description: "Where a leg of the route ended.",
    sensitivity: "quasi-identifier",
  }),
  /** How the people travelled. */
  transportMode: field(TransportMode.exactOptional(), {
    id: "TraffickingEvent.transportMode",
    since: "1.1",
    label: "Transport mode",
    description: "How the people travelled.",
    sensitivity: "sensitive",
  }),
  /** How the leg crossed a border, when it did. */
  borderCrossing: field(BorderCrossing.exactOptional(), {
    id: "TraffickingEvent.borderCrossing",
    since: "1.1",
    label: "Border crossing",
    description: "How the leg crossed a border, when it did.",
    sensitivity: "sensitive",
  }),
  /** The people on the leg, each with their role. */
  participants: field(z.array(LegParticipant).exactOptional(), {
    id: "TraffickingEvent.participants",
    since: "1.1",
    label: "People on the route",
    description: "The people on the leg, each with their role.",
    sensitivity: "sensitive",
  }),
  /** Ids of the Persons the event concerns; absent means all victims of the case. */
  persons: field(z.array(EntityId).exactOptional(), {
    id: "TraffickingEvent.persons",
    label: "Persons",
    description: "Ids of the Persons the event concerns; absent means all victims of the case.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** Narrative of the event. */
  description: field(z.string().min(1).exactOptional(), {
    id: "TraffickingEvent.description",
    label: "Description",
    description: "Narrative of the event.",
    sensitivity: "sensitive",
    htcds: "hte_Description",
  }),
});
/** A step of the trafficking with its date and place. */
export type TraffickingEvent = z.infer<typeof TraffickingEvent>;

/**
 * A comment on a case by a case worker.
 *
 * @example
 * ```ts
 * import type { CaseComment } from "@tipx/schema";
 * const note: CaseComment = { text: "Interview held with an interpreter.", createdAt: "2022-03-30T09:00:00+07:00" };
 * ```
 */
export const CaseComment = z.strictObject({
  /** The comment. */
  text: field(z.string().min(1), {
    id: "CaseComment.text",
    label: "Comment",
    description: "The comment.",
    sensitivity: "sensitive",
    htcds: "cco_CaseComment",
  }),
  /** When the comment was written. */
  createdAt: field(DateTime.exactOptional(), {
    id: "CaseComment.createdAt",
    label: "Written at",
    description: "When the comment was written.",
    sensitivity: "none",
  }),
  /** Id of the Organization whose worker wrote it. */
  author: field(EntityId.exactOptional(), {
    id: "CaseComment.author",
    label: "Author",
    description: "Id of the Organization whose worker wrote it.",
    sensitivity: "none",
    references: ["Organization"],
  }),
});
/** A comment on a case. */
export type CaseComment = z.infer<typeof CaseComment>;

/**
 * A support plan for a victim: its type, objectives, actions and end dates (HTCDS support plan).
 *
 * @example
 * ```ts
 * import type { SupportPlan } from "@tipx/schema";
 * const plan: SupportPlan = { planType: "Health", objectives: "Medical check-up", plannedEndOn: "2022-04-15" };
 * ```
 */
export const SupportPlan = z.strictObject({
  /** The kind of support. */
  planType: field(SupportPlanType, {
    id: "SupportPlan.planType",
    label: "Plan type",
    description: "The kind of support.",
    sensitivity: "sensitive",
    htcds: "spl_Type",
  }),
  /** Id of the Person the plan supports. */
  person: field(EntityId.exactOptional(), {
    id: "SupportPlan.person",
    label: "Person",
    description: "Id of the Person the plan supports.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** What the plan aims at. */
  objectives: field(z.string().min(1).exactOptional(), {
    id: "SupportPlan.objectives",
    label: "Objectives",
    description: "What the plan aims at.",
    sensitivity: "sensitive",
    htcds: "spl_Objectives",
  }),
  /** The actions planned. */
  actionPlan: field(z.string().min(1).exactOptional(), {
    id: "SupportPlan.actionPlan",
    label: "Action plan",
    description: "The actions planned.",
    sensitivity: "sensitive",
    htcds: "spl_ActionPlan",
  }),
  /** When the plan should end. */
  plannedEndOn: field(PartialDate.exactOptional(), {
    id: "SupportPlan.plannedEndOn",
    label: "Planned end",
    description: "When the plan should end.",
    sensitivity: "none",
    htcds: "spl_PlannedEndDate",
  }),
  /** When the plan ended. */
  actualEndOn: field(PartialDate.exactOptional(), {
    id: "SupportPlan.actualEndOn",
    label: "Actual end",
    description: "When the plan ended.",
    sensitivity: "none",
    htcds: "spl_ActualEndDate",
  }),
});
/** A support plan for a victim. */
export type SupportPlan = z.infer<typeof SupportPlan>;

/**
 * A trafficking case: its status, owner, jurisdiction and dates, the people in it with their roles and
 * victim or perpetrator contexts, the trafficking events, comments and support plans.
 *
 * @example
 * ```ts
 * import type { Case } from "@tipx/schema";
 * const c: Case = {
 *   type: "Case",
 *   id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
 *   status: "Active",
 *   openedOn: "2022-03-29",
 *   jurisdiction: { country: "TH", subdivision: "TH-63" },
 *   parties: [{ person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01", roles: ["presumed-victim"] }],
 * };
 * ```
 */
export const Case = z.strictObject({
  ...entityFields("Case"),
  /** Active, follow-up, closed or closed after referral. */
  status: field(CaseStatus.exactOptional(), {
    id: "Case.status",
    label: "Case status",
    description: "Active, follow-up, closed or closed after referral.",
    sensitivity: "none",
    htcds: "cas_Status",
  }),
  /** Why the case was closed. */
  closureReason: field(z.string().min(1).exactOptional(), {
    id: "Case.closureReason",
    label: "Reason for closure",
    description: "Why the case was closed.",
    sensitivity: "sensitive",
    htcds: "cas_ReasonForCaseClosure",
  }),
  /** Id of the Organization responsible for the case. */
  owner: field(EntityId.exactOptional(), {
    id: "Case.owner",
    label: "Responsible organisation",
    description: "Id of the Organization responsible for the case.",
    sensitivity: "none",
    references: ["Organization"],
  }),
  /** The case worker who created or manages the case, with their organisation. */
  caseWorker: field(CaseWorker.exactOptional(), {
    id: "Case.caseWorker",
    since: "1.1",
    label: "Case worker",
    description: "The case worker who created or manages the case, with their organisation.",
    sensitivity: "none",
    htcds: "cas_CaseOwner",
  }),
  /** The country and subdivision handling the case. */
  jurisdiction: field(Jurisdiction.exactOptional(), {
    id: "Case.jurisdiction",
    label: "Jurisdiction",
    description: "The country and subdivision handling the case.",
    sensitivity: "none",
  }),
  /** When the case was opened. */
  openedOn: field(PartialDate.exactOptional(), {
    id: "Case.openedOn",
    label: "Opened on",
    description: "When the case was opened.",
    sensitivity: "none",
    // The year the victim was registered: the case's opening, not the bundle's date (which is when it was sent).
    ctdc: ["yearOfRegistration"],
  }),
  /** When the case was closed. */
  closedOn: field(PartialDate.exactOptional(), {
    id: "Case.closedOn",
    label: "Closed on",
    description: "When the case was closed.",
    sensitivity: "none",
  }),
  /** The people in the case with their roles. */
  parties: field(z.array(CaseParty), {
    id: "Case.parties",
    label: "Parties",
    description: "The people in the case with their roles.",
    sensitivity: "sensitive",
  }),
  /** Recruitment, transit and exploitation events. */
  events: field(z.array(TraffickingEvent).exactOptional(), {
    id: "Case.events",
    label: "Trafficking events",
    description: "Recruitment, transit and exploitation events.",
    sensitivity: "sensitive",
  }),
  /** Ids of linked Cases, such as the case of a victim who is a suspect elsewhere. */
  relatedCases: field(z.array(EntityId).exactOptional(), {
    id: "Case.relatedCases",
    since: "1.1",
    label: "Linked cases",
    description: "Ids of linked Cases, such as the case of a victim who is a suspect elsewhere.",
    sensitivity: "none",
    references: ["Case"],
  }),
  /** Case workers' comments. */
  comments: field(z.array(CaseComment).exactOptional(), {
    id: "Case.comments",
    label: "Comments",
    description: "Case workers' comments.",
    sensitivity: "sensitive",
  }),
  /** Support plans for the victims. */
  supportPlans: field(z.array(SupportPlan).exactOptional(), {
    id: "Case.supportPlans",
    label: "Support plans",
    description: "Support plans for the victims.",
    sensitivity: "sensitive",
  }),
});
/** A trafficking case. */
export type Case = z.infer<typeof Case>;
