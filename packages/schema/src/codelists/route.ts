import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * How people travelled on one leg of a trafficking route.
 *
 * @example
 * ```ts
 * import { TRANSPORT_MODES } from "@tipx/schema";
 * TRANSPORT_MODES.includes("on-foot"); // true
 * ```
 */
export const TRANSPORT_MODES = ["road", "rail", "air", "sea", "river", "on-foot", "other"] as const;

/**
 * The code list of transport modes.
 *
 * @example
 * ```ts
 * import { codeLabel, transportModes } from "@tipx/schema";
 * codeLabel(transportModes, "river"); // "River or lake boat"
 * ```
 */
export const transportModes = defineCodeList({
  id: "tipx.transport-mode",
  name: "Transport mode",
  source: "tipx 1.1",
  codes: TRANSPORT_MODES,
  extensible: false,
  meta: {
    road: { label: "Road", definition: "Car, van, lorry, bus or motorcycle." },
    rail: { label: "Rail" },
    air: { label: "Air" },
    sea: { label: "Sea", definition: "A ship or boat at sea, including fishing vessels." },
    river: { label: "River or lake boat", definition: "A boat on a river or lake, such as a crossing of the Moei." },
    "on-foot": { label: "On foot" },
    other: { label: "Other" },
  },
});

/**
 * Zod schema of a transport mode.
 *
 * @example
 * ```ts
 * import { TransportMode } from "@tipx/schema";
 * TransportMode.parse("road"); // "road"
 * ```
 */
export const TransportMode = z.enum(TRANSPORT_MODES);
/** How people travelled on a route leg, such as `"road"`. */
export type TransportMode = z.infer<typeof TransportMode>;

/**
 * How a route leg crossed a border: at an official crossing point, or irregularly (outside one, or
 * through one while hiding).
 *
 * @example
 * ```ts
 * import { BORDER_CROSSING_KINDS } from "@tipx/schema";
 * BORDER_CROSSING_KINDS; // ["official-point", "irregular"]
 * ```
 */
export const BORDER_CROSSING_KINDS = ["official-point", "irregular"] as const;

/**
 * The code list of border-crossing kinds.
 *
 * @example
 * ```ts
 * import { borderCrossingKinds, codeLabel } from "@tipx/schema";
 * codeLabel(borderCrossingKinds, "irregular"); // "Irregular crossing"
 * ```
 */
export const borderCrossingKinds = defineCodeList({
  id: "tipx.border-crossing",
  name: "Border crossing",
  source: "tipx 1.1",
  codes: BORDER_CROSSING_KINDS,
  extensible: false,
  meta: {
    "official-point": {
      label: "Official crossing point",
      definition: "Through a border checkpoint open to travellers, with or without valid documents.",
    },
    irregular: {
      label: "Irregular crossing",
      definition: "Outside an official crossing point, or through one hidden from inspection.",
    },
  },
});

/**
 * Zod schema of a border-crossing kind.
 *
 * @example
 * ```ts
 * import { BorderCrossingKind } from "@tipx/schema";
 * BorderCrossingKind.parse("official-point"); // "official-point"
 * ```
 */
export const BorderCrossingKind = z.enum(BORDER_CROSSING_KINDS);
/** How a route leg crossed a border. */
export type BorderCrossingKind = z.infer<typeof BorderCrossingKind>;

/**
 * What a person did on one leg of a route.
 *
 * @example
 * ```ts
 * import { LEG_ROLES } from "@tipx/schema";
 * LEG_ROLES.includes("transporter"); // true
 * ```
 */
export const LEG_ROLES = ["traveller", "transporter", "escort", "recruiter", "receiver", "other"] as const;

/**
 * The code list of the roles of the people on a route leg.
 *
 * @example
 * ```ts
 * import { codeLabel, legRoles } from "@tipx/schema";
 * codeLabel(legRoles, "traveller"); // "Person moved"
 * ```
 */
export const legRoles = defineCodeList({
  id: "tipx.leg-role",
  name: "Role on the route",
  source: "tipx 1.1, after the Palermo Protocol (2000) art. 3(a) acts (transportation, transfer, receipt)",
  codes: LEG_ROLES,
  extensible: false,
  meta: {
    traveller: { label: "Person moved", definition: "A victim or other person who was moved on this leg." },
    transporter: { label: "Transporter", definition: "Drove, sailed or otherwise carried the people moved." },
    escort: { label: "Escort", definition: "Accompanied or guarded the people moved without carrying them." },
    recruiter: { label: "Recruiter", definition: "Recruited people for this leg or handed them over at its start." },
    receiver: { label: "Receiver", definition: "Received the people at the end of the leg." },
    other: { label: "Other" },
  },
});

/**
 * Zod schema of a role on a route leg.
 *
 * @example
 * ```ts
 * import { LegRole } from "@tipx/schema";
 * LegRole.parse("escort"); // "escort"
 * ```
 */
export const LegRole = z.enum(LEG_ROLES);
/** What a person did on a route leg, such as `"transporter"`. */
export type LegRole = z.infer<typeof LegRole>;
