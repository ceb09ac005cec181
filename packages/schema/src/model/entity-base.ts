import * as z from "zod";
import { field } from "../metadata/registry";
import { EntityId, Extensions, Identifier, RecordMeta } from "./primitives";

/**
 * The entity types of the tipx 1.0 model, the values of every entity's `type`.
 *
 * @example
 * ```ts
 * import { ENTITY_TYPES } from "@tipx/schema";
 * ENTITY_TYPES.includes("Operation"); // true
 * ```
 */
export const ENTITY_TYPES = [
  "Person",
  "Organization",
  "Case",
  "Operation",
  "Referral",
  "Consent",
  "Assessment",
  "LegalProceeding",
] as const;

/** One of the entity types of the tipx 1.0 model. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * The fields every entity has: `type` (the discriminator), `id`, and optional `identifiers`, `meta`
 * and `extensions`. Spread into each entity's `z.strictObject`.
 */
export function entityFields<T extends EntityType>(type: T) {
  return {
    /** What kind of entity this is; decides which fields it has. */
    type: field(z.literal(type), {
      id: "Entity.type",
      label: "Entity type",
      description: "What kind of entity this is; decides which fields it has.",
      sensitivity: "none",
    }),
    /** A UUID naming this entity, unique in the bundle; other entities refer to it by this id. */
    id: field(EntityId, {
      id: "Entity.id",
      label: "Entity id",
      description: "A UUID naming this entity, unique in the bundle; other entities refer to it by this id.",
      sensitivity: "none",
    }),
    /** The ids that holders' own systems give this entity (case numbers, file numbers). */
    identifiers: field(z.array(Identifier).exactOptional(), {
      id: "Entity.identifiers",
      label: "Local identifiers",
      description: "The ids that holders' own systems give this entity (case numbers, file numbers).",
      sensitivity: "direct-identifier",
    }),
    /** When and by which system the record was created and changed. */
    meta: field(RecordMeta.exactOptional(), {
      id: "Entity.meta",
      label: "Record metadata",
      description: "When and by which system the record was created and changed.",
      sensitivity: "none",
    }),
    /** Data outside the model, under namespaced keys such as "org.example/field". */
    extensions: field(Extensions.exactOptional(), {
      id: "Entity.extensions",
      label: "Extensions",
      description: 'Data outside the model, under namespaced keys such as "org.example/field".',
      sensitivity: "sensitive",
    }),
  } as const;
}
