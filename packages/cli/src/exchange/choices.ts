/**
 * The values of the exchange commands' options, apart from the commands so that defining the command
 * line loads nothing else (`tipx --version` must start fast).
 *
 * @module
 */

/** What a key pair is for (`--use`): `sig` signs bundles (Ed25519), `enc` receives encrypted ones (P-256). */
export const KEY_USES = ["sig", "enc"] as const;

/** A key use. */
export type KeyUse = (typeof KEY_USES)[number];

/** The signature algorithms `--alg` accepts: EdDSA (Ed25519), tipx's default, and ES256 (P-256). */
export const SIGNING_ALGS = ["EdDSA", "ES256"] as const;

/** A signature algorithm. */
export type SigningAlg = (typeof SIGNING_ALGS)[number];
