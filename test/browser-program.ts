// The program test/browser.test.ts bundles with esbuild (platform "browser", from the TypeScript sources) and
// runs in headless Chromium: it generates keys with the page's WebCrypto, signs, verifies, encrypts and
// decrypts a bundle with @tipx/exchange, and checks the signed bundle with @tipx/schema's validate(). It
// exposes two steps on `globalThis.tipxBrowser`; the private keys it makes never leave the page.

import {
  decryptBundle,
  encryptBundle,
  type GeneratedJwk,
  generateKeys,
  signBundle,
  TrustList,
  verifyBundle,
} from "@tipx/exchange";
import { type Bundle, validate } from "@tipx/schema";

/** What the test passes into the page. */
export interface BrowserInput {
  /** The Mae Sot bundle, as read from examples/bundles. */
  readonly bundle: Bundle;
  /** The same bundle signed in Node by the sender's Node key. */
  readonly signedInNode: unknown;
  /** A trust list holding the Node signing key under the sender's organisation. */
  readonly trust: TrustList;
  /** The Node recipient's public encryption key, for a JWE that Node decrypts. */
  readonly nodeRecipient: { readonly kid: string; readonly publicKey: GeneratedJwk };
}

/** A verification or decryption as the test reads it: plain data, issue codes only. */
export interface Outcome {
  readonly ok: boolean;
  readonly value?: unknown;
  readonly signer?: string;
  readonly codes: readonly string[];
}

/** What the first step returns. */
export interface BrowserOutput {
  readonly environment: { readonly secureContext: boolean; readonly node: boolean; readonly subtle: boolean };
  /** The bundle signed in the page, and the public key that verifies it. */
  readonly signed: unknown;
  readonly signingKey: { readonly kid: string; readonly publicKey: GeneratedJwk };
  /** The page's public encryption key, for a JWE made in Node. */
  readonly recipient: { readonly kid: string; readonly publicKey: GeneratedJwk };
  /** validate() on the signed bundle: a signed bundle is still a bundle. */
  readonly signedValidates: { readonly ok: boolean; readonly codes: readonly string[] };
  /** The page's own signature, verified in the page. */
  readonly verified: Outcome;
  /** The page's signed bundle with one value changed, verified in the page. */
  readonly tampered: Outcome;
  /** Sign, then encrypt for the page's own key; decrypt in the page; verify what came out. */
  readonly decrypted: Outcome;
  readonly decryptedVerified: Outcome;
  /** The same JWE with a key it was not made for. */
  readonly wrongKey: Outcome;
  /** The bundle signed in Node, verified in the page. */
  readonly nodeSignatureVerified: Outcome;
  /** The page's signed bundle encrypted for the Node recipient. */
  readonly jweForNode: unknown;
}

interface Result {
  readonly ok: boolean;
  readonly issues: readonly { readonly code: string }[];
  readonly signer?: { readonly name: string };
  readonly bundle?: unknown;
  readonly value?: unknown;
}

const outcome = (result: Result): Outcome => ({
  ok: result.ok,
  ...(result.bundle === undefined ? {} : { value: result.bundle }),
  ...(result.value === undefined ? {} : { value: result.value }),
  ...(result.signer === undefined ? {} : { signer: result.signer.name }),
  codes: result.issues.map((issue) => issue.code),
});

let decryptionKey: GeneratedJwk | undefined;

async function run(input: BrowserInput): Promise<BrowserOutput> {
  const org = input.bundle.sender.name;
  const signing = await generateKeys("sig", { org });
  const encryption = await generateKeys("enc", { org: "Ministry of Social Development and Human Security" });
  const other = await generateKeys("enc", { org: "Someone else" });
  decryptionKey = encryption.privateJwk;
  const signingKid = signing.publicJwk.kid;
  const encryptionKid = encryption.publicJwk.kid;

  // A trust list as a receiver reads one: through the library's own schema.
  const trust = TrustList.parse({
    organizations: input.trust.organizations.map((organization) =>
      organization.name === org
        ? { ...organization, keys: [...organization.keys, { kid: signingKid, publicKey: signing.publicJwk }] }
        : organization,
    ),
  });

  const signed = await signBundle(input.bundle, signing.privateJwk, { kid: signingKid });
  const validation = validate(signed);
  const tampered = { ...signed, purpose: "research" };
  const jwe = await encryptBundle(signed, [{ kid: encryptionKid, publicKey: encryption.publicJwk }]);
  const decrypted = await decryptBundle(jwe, encryption.privateJwk);

  return {
    environment: {
      secureContext: globalThis.isSecureContext,
      node: typeof (globalThis as { process?: unknown }).process !== "undefined",
      subtle: typeof globalThis.crypto?.subtle?.sign === "function",
    },
    signed,
    signingKey: { kid: signingKid, publicKey: signing.publicJwk },
    recipient: { kid: encryptionKid, publicKey: encryption.publicJwk },
    signedValidates: { ok: validation.ok, codes: validation.issues.map((issue) => issue.code) },
    verified: outcome(await verifyBundle(signed, trust)),
    tampered: outcome(await verifyBundle(tampered, trust)),
    decrypted: outcome(decrypted),
    decryptedVerified: outcome(await verifyBundle(decrypted.value, trust)),
    wrongKey: outcome(await decryptBundle(jwe, other.privateJwk)),
    nodeSignatureVerified: outcome(await verifyBundle(input.signedInNode, input.trust)),
    jweForNode: await encryptBundle(signed, [input.nodeRecipient]),
  };
}

/** The second step: decrypts a JWE made in Node for the page's key. */
async function decrypt(jwe: unknown): Promise<Outcome> {
  if (!decryptionKey) throw new Error("run() first");
  return outcome(await decryptBundle(jwe, decryptionKey));
}

const api = { run, decrypt };
/** The page's entry points, as the test calls them through page.evaluate. */
export type TipxBrowser = typeof api;
(globalThis as { tipxBrowser?: TipxBrowser }).tipxBrowser = api;
