// tipx signatures and encrypted bundles are plain JOSE: a program that knows nothing of tipx but jose
// and an RFC 8785 canonicaliser verifies a tipx signature, and a JWE made by jose alone decrypts with
// decryptBundle.
import canonicalize from "canonicalize";
import { base64url, flattenedVerify, GeneralEncrypt, generalDecrypt, importJWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, maeSot, NOW } from "./_test-fixtures";
import { decryptBundle } from "./decrypt/decrypt-bundle";
import { encryptBundle } from "./encrypt/encrypt-bundle";
import { signBundle } from "./sign/sign-bundle";
import { verifyBundle } from "./verify/verify-bundle";

let keys: Awaited<ReturnType<typeof agencies>>;
beforeAll(async () => {
  keys = await agencies();
});

describe("interoperability with a generic JOSE implementation", () => {
  it.each([
    ["EdDSA", () => keys.dopa],
    ["ES256", () => keys.es256],
  ] as const)(
    "a tipx %s signature verifies with jose's flattenedVerify over the canonical bundle",
    async (alg, pair) => {
      const signed = await signBundle(maeSot(), pair().privateJwk, { kid: pair().publicJwk.kid });
      // What any verifier does: drop `signature`, canonicalise (RFC 8785), base64url, verify a flattened JWS.
      const received = JSON.parse(JSON.stringify(signed, null, 2));
      const { signature, ...content } = received;
      const payload = base64url.encode(canonicalize(content) ?? "");
      const result = await flattenedVerify(
        { protected: signature.protected, signature: signature.signature, payload },
        await importJWK(pair().publicJwk, alg),
        { algorithms: [alg] },
      );
      expect(result.protectedHeader).toEqual({ alg, kid: pair().publicJwk.kid, typ: "tipx+jws", tipx: "1.1" });
      expect(JSON.parse(new TextDecoder().decode(result.payload))).toEqual(content);
    },
  );

  it("a JWE made by jose's GeneralEncrypt decrypts with decryptBundle", async () => {
    const signed = await signBundle(maeSot(), keys.dopa.privateJwk, { kid: "dopa-2025" });
    for (const recipients of [[keys.ministryEnc], [keys.ministryEnc, keys.thirdEnc]]) {
      const encryption = new GeneralEncrypt(new TextEncoder().encode(JSON.stringify(signed))).setProtectedHeader({
        enc: "A256GCM",
        cty: "tipx+json",
        tipx: "1.0",
      });
      for (const { publicJwk } of recipients)
        encryption
          .addRecipient(await importJWK(publicJwk, "ECDH-ES+A256KW"))
          .setUnprotectedHeader({ alg: "ECDH-ES+A256KW", kid: publicJwk.kid });
      const jwe = await encryption.encrypt();
      const opened = await decryptBundle(JSON.stringify(jwe), keys.ministryEnc.privateJwk);
      expect(opened.issues).toEqual([]);
      expect((await verifyBundle(opened.value, keys.trust, { now: NOW })).ok).toBe(true);
    }
  });

  it("a JWE from jose whose recipients name no key id decrypts with a key that has one", async () => {
    const bundle = maeSot();
    const encryption = new GeneralEncrypt(new TextEncoder().encode(JSON.stringify(bundle))).setProtectedHeader({
      enc: "A256GCM",
    });
    encryption.addRecipient(await importJWK(keys.ministryEnc.publicJwk, "ECDH-ES+A256KW")).setUnprotectedHeader({
      alg: "ECDH-ES+A256KW",
    });
    const opened = await decryptBundle(await encryption.encrypt(), keys.ministryEnc.privateJwk);
    expect(opened).toEqual({ ok: true, value: bundle, issues: [] });
  });

  it("a JWE made by encryptBundle decrypts with jose's generalDecrypt", async () => {
    const bundle = maeSot();
    const jwe = await encryptBundle(bundle, [{ kid: "msdhs-enc-2025", publicKey: keys.ministryEnc.publicJwk }]);
    const { plaintext, protectedHeader } = await generalDecrypt(
      jwe,
      await importJWK(keys.ministryEnc.privateJwk, "ECDH-ES+A256KW"),
    );
    expect(protectedHeader).toEqual({ enc: "A256GCM", cty: "tipx+json", tipx: "1.1" });
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(bundle);
  });
});
