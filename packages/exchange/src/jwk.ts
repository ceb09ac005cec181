import type { JWK as JoseJwk } from "jose";

/**
 * A JSON Web Key (RFC 7517), as jose types it: the form every key of this package takes (`generateKeys`
 * writes them, `signBundle`, `encryptBundle` and `decryptBundle` read them).
 *
 * @example
 * ```ts
 * import type { JWK } from "@tipx/exchange";
 * const publicKey: JWK = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc7517
 */
export type JWK = JoseJwk;
