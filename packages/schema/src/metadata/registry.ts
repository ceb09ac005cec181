import * as z from "zod";
import type { Sensitivity } from "./sensitivity";

/** A tipx model version, such as `"1.0"`. */
export type ModelVersion = "1.0" | "1.1";

/**
 * What tipx knows about one field of the model. Docs, converters, redaction and JSON Schema
 * annotations all read this one record.
 */
export interface FieldMeta {
  /**
   * The field's stable id: the name of the schema that declares it and the key path inside it, such as
   * `"PersonNames.given"` (`"Entity.id"` for the fields every entity shares). Translation catalogues
   * are keyed by it.
   */
  readonly id: string;
  /** The field's label in English, the source text every catalogue translates. */
  readonly label: string;
  /** What the field holds, in English. Editors show it when hovering the field of a model type. */
  readonly description: string;
  /** How much harm the value can do if disclosed; decides redaction and whether messages may echo it. */
  readonly sensitivity: Sensitivity;
  /** The model version that introduced the field. */
  readonly since: ModelVersion;
  /** The HTCDS 2.0 field this one carries, such as `"prs_FirstName"`, when there is one. */
  readonly htcds?: string | readonly string[];
  /** The CTDC variables this field feeds, such as `["gender", "ageBroad"]`. */
  readonly ctdc?: readonly string[];
  /** Set when the field is deprecated: what to use instead, or why. */
  readonly deprecated?: string;
  /** The entity types an id in this field must refer to, for reference fields. */
  readonly references?: readonly string[];
}

/**
 * The registry that holds the metadata of every field of the tipx model.
 *
 * @example
 * ```ts
 * import { fieldRegistry, Person } from "@tipx/schema";
 * fieldRegistry.get(Person.shape.gender)?.htcds; // "prs_Gender"
 * ```
 */
export const fieldRegistry = z.registry<FieldMeta>();

/**
 * Attaches field metadata to a schema and returns the schema (registered in {@link fieldRegistry}).
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { field } from "@tipx/schema";
 * const nickname = field(z.string(), {
 *   id: "Example.nickname",
 *   label: "Nickname",
 *   description: "What friends call the person.",
 *   sensitivity: "direct-identifier",
 * });
 * ```
 */
export function field<S extends z.ZodType>(schema: S, meta: FieldMetaInput): S {
  // A clone, so that a shared schema (a code list enum used by several fields) gets one entry per field.
  const copy = schema.clone() as S;
  fieldRegistry.add(copy, { since: "1.0", ...meta });
  return copy;
}

/** The metadata {@link field} takes: {@link FieldMeta} with `since` defaulting to `"1.0"`. */
export type FieldMetaInput = Omit<FieldMeta, "since"> & { readonly since?: ModelVersion };
