import * as z from "zod";
import { _Ed25519PublicJwk, _Kid, _P256PublicSigningJwk } from "../_jwk";

/**
 * An entity id as @tipx/schema's `EntityId` reads it (the UUID form). Written out rather than imported,
 * so that the JSON Schema generator runs from the sources without building @tipx/schema; a test checks
 * that the two agree.
 */
export const _ENTITY_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A validity bound: a date-time with its UTC offset, or a date (a whole day in UTC). */
const ValidityBound = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/**
 * One public signature key of a trusted organisation, with its key id and the period in which
 * signatures made with it are accepted.
 *
 * @example
 * ```ts
 * import { TrustedKey } from "@tipx/exchange";
 * TrustedKey.safeParse({
 *   kid: "dopa-2025",
 *   publicKey: { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" },
 *   notAfter: "2026-12-31",
 * }).success; // true
 * ```
 */
export const TrustedKey = z
  .strictObject({
    kid: _Kid.meta({
      description:
        "The key id the signature's header names (`kid`): 1 to 256 visible ASCII characters, unique in the trust list.",
    }),
    publicKey: z.discriminatedUnion("kty", [_Ed25519PublicJwk, _P256PublicSigningJwk]).meta({
      description:
        "The public key as a JWK (RFC 7517): Ed25519 (`kty` OKP) or P-256 (`kty` EC). A private member (`d`) is refused.",
    }),
    notBefore: ValidityBound.exactOptional().meta({
      description:
        "The first moment signatures with this key are accepted: a date-time with offset, or a date (from 00:00 UTC).",
    }),
    notAfter: ValidityBound.exactOptional().meta({
      description:
        "The last moment signatures with this key are accepted: a date-time with offset, or a date (until 24:00 UTC).",
    }),
  })
  .meta({ description: "A public signature key of the organisation." });
/** One public signature key of a trusted organisation. */
export type TrustedKey = z.infer<typeof TrustedKey>;

/**
 * An organisation whose signatures are trusted, with its public keys. A signed bundle's sender is this
 * organisation when `id` equals `sender.organization`, or, for a sender without one, when `name` equals
 * `sender.name`.
 *
 * @example
 * ```ts
 * import type { TrustedOrganization } from "@tipx/exchange";
 * const dopa: TrustedOrganization = {
 *   id: "074db274-244e-40f7-9de3-61d5adb94f61",
 *   name: "Department of Provincial Administration",
 *   keys: [{ kid: "dopa-2025", publicKey: { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" } }],
 * };
 * ```
 */
export const TrustedOrganization = z
  .strictObject({
    id: z.string().regex(_ENTITY_ID).exactOptional().meta({
      description:
        "The id (a UUID) of the organisation's Organization entity, as its bundles give it in `sender.organization`.",
    }),
    name: z.string().min(1).meta({
      description: "The organisation's name, as its bundles give it in `sender.name`.",
    }),
    keys: z.array(TrustedKey).min(1).meta({ description: "The organisation's public signature keys." }),
  })
  .meta({ description: "An organisation whose signatures are trusted." });
/** An organisation whose signatures are trusted, with its public keys. */
export type TrustedOrganization = z.infer<typeof TrustedOrganization>;

/** The instant a validity bound stands for: a date starts at 00:00 UTC, or ends at 24:00 UTC. */
export function _boundTime(bound: string, end: "start" | "end"): number {
  if (bound.length === 10) return Date.parse(`${bound}T00:00:00Z`) + (end === "end" ? 86_400_000 - 1 : 0);
  return Date.parse(bound);
}

/**
 * A trust list: the organisations whose signatures a receiver accepts, each with its public keys and
 * their validity periods. Usually a JSON file (`json-schema/trust-list.json` describes it) that a
 * receiving agency keeps and updates after confirming each key with its owner.
 *
 * Besides the shape it checks that key ids, organisation ids and organisation names are each unique,
 * that a key's own `kid` member (when present) is its entry's `kid`, and that `notBefore` is not after
 * `notAfter`.
 *
 * @example
 * ```ts
 * import { TrustList } from "@tipx/exchange";
 * const result = TrustList.safeParse({
 *   organizations: [
 *     {
 *       name: "Department of Provincial Administration",
 *       keys: [{ kid: "dopa-2025", publicKey: { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" } }],
 *     },
 *   ],
 * });
 * result.success; // true
 * ```
 */
export const TrustList = z
  .strictObject({
    $schema: z.string().exactOptional().meta({ description: "The JSON Schema of the file, for editors." }),
    organizations: z.array(TrustedOrganization).meta({ description: "The trusted organisations." }),
  })
  .superRefine((list, context) => {
    const kids = new Set<string>();
    const ids = new Set<string>();
    const names = new Set<string>();
    list.organizations.forEach((organization, o) => {
      if (organization.id !== undefined) {
        if (ids.has(organization.id))
          context.addIssue({ code: "custom", path: ["organizations", o, "id"], message: "repeats an organisation id" });
        ids.add(organization.id);
      }
      if (names.has(organization.name))
        context.addIssue({
          code: "custom",
          path: ["organizations", o, "name"],
          message: "repeats an organisation name",
        });
      names.add(organization.name);
      organization.keys.forEach((key, k) => {
        const at = ["organizations", o, "keys", k];
        if (kids.has(key.kid)) context.addIssue({ code: "custom", path: [...at, "kid"], message: "repeats a key id" });
        kids.add(key.kid);
        if (key.publicKey.kid !== undefined && key.publicKey.kid !== key.kid)
          context.addIssue({
            code: "custom",
            path: [...at, "publicKey", "kid"],
            message: "differs from the entry's kid",
          });
        if (
          key.notBefore !== undefined &&
          key.notAfter !== undefined &&
          _boundTime(key.notBefore, "start") > _boundTime(key.notAfter, "end")
        )
          context.addIssue({ code: "custom", path: [...at, "notAfter"], message: "is before notBefore" });
      });
    });
  })
  .meta({
    title: "tipx trust list",
    description:
      "The organisations whose bundle signatures a receiver accepts, each with its public keys (JWK) and their validity periods. Beyond what this schema states, key ids, organisation ids and organisation names are each unique, a key's own `kid` member (when present) is its entry's `kid`, and `notBefore` is not after `notAfter`.",
  });
/** A trust list: the organisations whose signatures a receiver accepts, with their keys. */
export type TrustList = z.infer<typeof TrustList>;
