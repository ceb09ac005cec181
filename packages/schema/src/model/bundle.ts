import * as z from "zod";
import { Classification } from "../codelists/classifications";
import { ConsentPurpose } from "../codelists/consent-purposes";
import { CountryCode } from "../codelists/countries";
import { field } from "../metadata/registry";
import { ProfileCode } from "../profiles/profile-code";
import { Assessment } from "./assessment";
import { Case } from "./case";
import { Consent } from "./consent";
import { LegalProceeding } from "./legal-proceeding";
import { Operation } from "./operation";
import { Organization } from "./organization";
import { Person } from "./person";
import { DateTime, EntityId } from "./primitives";
import { Referral } from "./referral";

/**
 * The versions of the exchange model this package reads. 1.1 only adds optional fields and codes to 1.0,
 * so a 1.0 bundle is valid as it is.
 *
 * @example
 * ```ts
 * import { TIPX_VERSIONS } from "@tipx/schema";
 * TIPX_VERSIONS; // ["1.0", "1.1"]
 * ```
 */
export const TIPX_VERSIONS = ["1.0", "1.1"] as const;

/**
 * The version of the exchange model this package writes: the newest it reads.
 *
 * @example
 * ```ts
 * import { TIPX_VERSION } from "@tipx/schema";
 * TIPX_VERSION; // "1.1"
 * ```
 */
export const TIPX_VERSION = "1.1";

/** Base64url without padding (RFC 4648 §5), the encoding of every JWS member. */
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Any entity of a bundle, told apart by its `type`.
 *
 * @example
 * ```ts
 * import { Entity } from "@tipx/schema";
 * Entity.safeParse({ type: "Organization", id: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21", name: "Shelter" }).success; // true
 * ```
 */
export const Entity = z.discriminatedUnion("type", [
  Person,
  Organization,
  Case,
  Operation,
  Referral,
  Consent,
  Assessment,
  LegalProceeding,
]);
/** Any entity of a bundle. */
export type Entity = z.infer<typeof Entity>;

/**
 * The sender or a recipient of a bundle: an organisation, by name and optionally by the id of an
 * Organization entity in the bundle.
 *
 * @example
 * ```ts
 * import type { Party } from "@tipx/schema";
 * const sender: Party = { name: "Department of Provincial Administration, Tak", country: "TH" };
 * ```
 */
export const Party = z.strictObject({
  /** Id of the Organization entity, when the bundle holds one. */
  organization: field(EntityId.exactOptional(), {
    id: "Party.organization",
    label: "Organisation",
    description: "Id of the Organization entity, when the bundle holds one.",
    sensitivity: "none",
    references: ["Organization"],
  }),
  /** The organisation's name. */
  name: field(z.string().min(1), {
    id: "Party.name",
    label: "Name",
    description: "The organisation's name.",
    sensitivity: "none",
  }),
  /** The organisation's country. */
  country: field(CountryCode.exactOptional(), {
    id: "Party.country",
    label: "Country",
    description: "The organisation's country.",
    sensitivity: "none",
  }),
});
/** The sender or a recipient of a bundle. */
export type Party = z.infer<typeof Party>;

/**
 * The signature of a signed bundle: a flattened JWS JSON serialisation (RFC 7515 §7.2.2) with a detached
 * payload (RFC 7515 Appendix F). The payload is the RFC 8785 canonical form of the bundle without its
 * `signature`, so re-serialising the bundle (keys reordered, whitespace) keeps the signature valid.
 * `@tipx/exchange` makes and checks it (`signBundle`, `verifyBundle`).
 *
 * @example
 * ```ts
 * import { BundleSignature } from "@tipx/schema";
 * BundleSignature.safeParse({ protected: "eyJhbGciOiJFZERTQSJ9", signature: "c2ln" }).success; // true
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc7515#appendix-F
 */
export const BundleSignature = z.strictObject({
  /** The JWS protected header, base64url-encoded: the algorithm, the key id, the type "tipx+jws" and the tipx version. */
  protected: field(z.string().regex(BASE64URL), {
    id: "BundleSignature.protected",
    label: "Protected header",
    description:
      'The JWS protected header, base64url-encoded: the algorithm, the key id, the type "tipx+jws" and the tipx version.',
    sensitivity: "none",
  }),
  /** The JWS signature, base64url-encoded. */
  signature: field(z.string().regex(BASE64URL), {
    id: "BundleSignature.signature",
    label: "Signature value",
    description: "The JWS signature, base64url-encoded.",
    sensitivity: "none",
  }),
});
/** The signature of a signed bundle: a flattened JWS with a detached payload. */
export type BundleSignature = z.infer<typeof BundleSignature>;

/**
 * A tipx payload: an envelope (version, id, time, sender, recipients, purpose, profile,
 * classification, and the sender's signature once signed) and a flat list of entities that refer to
 * each other by id.
 *
 * @example
 * ```ts
 * import { validate } from "@tipx/schema";
 * const result = validate({
 *   tipx: "1.1",
 *   id: "c0ffee00-1234-4abc-8def-0123456789ab",
 *   createdAt: "2022-03-30T08:00:00+07:00",
 *   sender: { name: "Shelter" },
 *   purpose: "case-management",
 *   entities: [],
 * });
 * result.ok; // true
 * ```
 */
export const Bundle = z.strictObject({
  /** The model version, "1.0" or "1.1". */
  tipx: field(z.enum(TIPX_VERSIONS), {
    id: "Bundle.tipx",
    label: "tipx version",
    description: 'The model version, "1.0" or "1.1".',
    sensitivity: "none",
  }),
  /** A UUID naming this bundle. */
  id: field(EntityId, {
    id: "Bundle.id",
    label: "Bundle id",
    description: "A UUID naming this bundle.",
    sensitivity: "none",
  }),
  /** When the bundle was made. */
  createdAt: field(DateTime, {
    id: "Bundle.createdAt",
    label: "Created at",
    description: "When the bundle was made.",
    sensitivity: "none",
  }),
  /** The organisation sending the bundle. */
  sender: field(Party, {
    id: "Bundle.sender",
    label: "Sender",
    description: "The organisation sending the bundle.",
    sensitivity: "none",
  }),
  /** The organisations the bundle is for. */
  recipients: field(z.array(Party).exactOptional(), {
    id: "Bundle.recipients",
    label: "Recipients",
    description: "The organisations the bundle is for.",
    sensitivity: "none",
  }),
  /** Why the data is shared; consent and privacy rules depend on it. */
  purpose: field(ConsentPurpose, {
    id: "Bundle.purpose",
    label: "Purpose",
    description: "Why the data is shared; consent and privacy rules depend on it.",
    sensitivity: "none",
  }),
  /** The country profile whose rules apply: TH, LR, PY or AR. */
  profile: field(ProfileCode.exactOptional(), {
    id: "Bundle.profile",
    label: "Country profile",
    description: "The country profile whose rules apply: TH, LR, PY or AR.",
    sensitivity: "none",
  }),
  /** Who may see the bundle. */
  classification: field(Classification.exactOptional(), {
    id: "Bundle.classification",
    label: "Classification",
    description: "Who may see the bundle.",
    sensitivity: "none",
  }),
  /** The persons, organisations, cases and other entities. */
  entities: field(z.array(Entity), {
    id: "Bundle.entities",
    label: "Entities",
    description: "The persons, organisations, cases and other entities.",
    sensitivity: "none",
  }),
  /**
   * The sender's signature: a detached JWS over the RFC 8785 canonical form of the bundle without this
   * field.
   */
  signature: field(BundleSignature.exactOptional(), {
    id: "Bundle.signature",
    label: "Signature",
    description:
      "The sender's signature: a detached JWS over the RFC 8785 canonical form of the bundle without this field.",
    sensitivity: "none",
  }),
});
/** A tipx payload: envelope plus entities. */
export type Bundle = z.infer<typeof Bundle>;
