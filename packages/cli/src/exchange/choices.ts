/**
 * The values of the exchange commands' options, from `@tipx/exchange/constants`, a light entry point, so
 * that defining the command line loads no cryptography (`tipx --version` must start fast).
 *
 * @module
 */
import { KEY_USES, type KeyUse, SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from "@tipx/exchange/constants";

export { KEY_USES, type KeyUse };

/** The signature algorithms `--alg` accepts: EdDSA (Ed25519), tipx's default, and ES256 (P-256). */
export const SIGNING_ALGS = SIGNATURE_ALGORITHMS;

/** A signature algorithm. */
export type SigningAlg = SignatureAlgorithm;
