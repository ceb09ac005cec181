import * as z from "zod";
import { OperationKind } from "../codelists/operations";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { EntityId, PartialDate, Place } from "./primitives";

/**
 * The people an operation rescued or arrested: by person id where they are recorded individually,
 * and as a count where they are not (or both: the count then covers at least the named people).
 *
 * @example
 * ```ts
 * import type { OperationHeadcount } from "@tipx/schema";
 * const rescued: OperationHeadcount = { count: 11 };
 * ```
 */
export const OperationHeadcount = z.strictObject({
  /** Ids of the Person entities concerned. */
  persons: field(z.array(EntityId).exactOptional(), {
    id: "OperationHeadcount.persons",
    label: "Persons",
    description: "Ids of the Person entities concerned.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** How many people, named or not. */
  count: field(z.int().min(0).exactOptional(), {
    id: "OperationHeadcount.count",
    label: "Count",
    description: "How many people, named or not.",
    sensitivity: "none",
  }),
});
/** The people an operation rescued or arrested. */
export type OperationHeadcount = z.infer<typeof OperationHeadcount>;

/**
 * A law-enforcement action (a raid, inspection or interception) with where and when it happened, who led
 * it, and whom it rescued and arrested. Not part of HTCDS; it lets one record describe an event that
 * produced many cases.
 *
 * @example
 * ```ts
 * import type { Operation } from "@tipx/schema";
 * const op: Operation = {
 *   type: "Operation",
 *   id: "5d2e8f10-4b3c-4a2d-9e1f-0a1b2c3d4e5f",
 *   kind: "interception",
 *   date: "2022-03-29",
 *   leadAgency: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21",
 *   place: { country: "TH", subdivision: "TH-63", locality: "Mae Sot" },
 *   rescued: { count: 11 },
 *   arrested: { count: 2 },
 * };
 * ```
 */
export const Operation = z.strictObject({
  ...entityFields("Operation"),
  /** Raid, inspection, interception, rescue... */
  kind: field(OperationKind, {
    id: "Operation.kind",
    label: "Operation kind",
    description: "Raid, inspection, interception, rescue...",
    sensitivity: "none",
  }),
  /** When the operation took place. */
  date: field(PartialDate, {
    id: "Operation.date",
    label: "Date",
    description: "When the operation took place.",
    sensitivity: "none",
  }),
  /** Id of the Organization that led the operation. */
  leadAgency: field(EntityId, {
    id: "Operation.leadAgency",
    label: "Lead agency",
    description: "Id of the Organization that led the operation.",
    sensitivity: "none",
    references: ["Organization"],
  }),
  /** Ids of the other Organizations that took part. */
  otherAgencies: field(z.array(EntityId).exactOptional(), {
    id: "Operation.otherAgencies",
    label: "Other agencies",
    description: "Ids of the other Organizations that took part.",
    sensitivity: "none",
    references: ["Organization"],
  }),
  /** Where the operation took place. */
  place: field(Place.exactOptional(), {
    id: "Operation.place",
    label: "Place",
    description: "Where the operation took place.",
    sensitivity: "quasi-identifier",
  }),
  /** The people the operation rescued or intercepted. */
  rescued: field(OperationHeadcount.exactOptional(), {
    id: "Operation.rescued",
    label: "Rescued",
    description: "The people the operation rescued or intercepted.",
    sensitivity: "none",
  }),
  /** The people the operation arrested. */
  arrested: field(OperationHeadcount.exactOptional(), {
    id: "Operation.arrested",
    label: "Arrested",
    description: "The people the operation arrested.",
    sensitivity: "none",
  }),
  /** Ids of the Cases the operation opened or belongs to. */
  cases: field(z.array(EntityId).exactOptional(), {
    id: "Operation.cases",
    label: "Cases",
    description: "Ids of the Cases the operation opened or belongs to.",
    sensitivity: "none",
    references: ["Case"],
  }),
  /** A narrative of the operation; keep personal data out of it. */
  description: field(z.string().min(1).exactOptional(), {
    id: "Operation.description",
    label: "Description",
    description: "A narrative of the operation; keep personal data out of it.",
    sensitivity: "sensitive",
  }),
});
/** A law-enforcement action such as a raid, inspection or interception. */
export type Operation = z.infer<typeof Operation>;
