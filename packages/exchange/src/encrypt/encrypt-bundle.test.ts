import { base64url, type GeneralJWE } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, maeSot, NOW } from "../_test-fixtures";
import { decryptBundle } from "../decrypt/decrypt-bundle";
import { signBundle } from "../sign/sign-bundle";
import { verifyBundle } from "../verify/verify-bundle";
import { encryptBundle, type GeneralJwe } from "./encrypt-bundle";

let keys: Awaited<ReturnType<typeof agencies>>;
beforeAll(async () => {
  keys = await agencies();
});

const recipient = (jwk: { kid: string }) => ({ kid: jwk.kid, publicKey: jwk });

function decodedHeader(encoded: string): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(base64url.decode(encoded)));
}

describe("encryptBundle and decryptBundle", () => {
  it.each([
    ["EdDSA", () => keys.dopa.privateJwk, "dopa-2025"],
    ["ES256", () => keys.es256.privateJwk, "dopa-es256"],
  ] as const)("round-trip a bundle signed with %s: sign, encrypt, decrypt, verify", async (_alg, key, kid) => {
    const signed = await signBundle(maeSot(), key(), { kid });
    const jwe = await encryptBundle(signed, [recipient(keys.ministryEnc.publicJwk)]);
    const opened = await decryptBundle(JSON.stringify(jwe), keys.ministryEnc.privateJwk);
    expect(opened).toEqual({ ok: true, value: signed, issues: [] });
    const verified = await verifyBundle(opened.value, keys.trust, { now: NOW });
    expect(verified.ok).toBe(true);
    expect(verified.bundle).toEqual(signed);
  });

  it("encrypts for three recipients, each of whom decrypts, and nobody else", async () => {
    const bundle = maeSot();
    const jwe = await encryptBundle(bundle, [
      recipient(keys.ministryEnc.publicJwk),
      recipient(keys.thirdEnc.publicJwk),
      recipient(keys.outsiderEnc.publicJwk),
    ]);
    expect(jwe.recipients.map((entry) => entry.header.kid)).toEqual(["msdhs-enc-2025", "shelter-enc", "outsider-enc"]);
    for (const { privateJwk } of [keys.ministryEnc, keys.thirdEnc, keys.outsiderEnc]) {
      expect((await decryptBundle(jwe, privateJwk)).value).toEqual(bundle);
      // Also without a key id: the key is tried on each recipient.
      const { kid: _kid, ...anonymous } = privateJwk;
      expect((await decryptBundle(jwe, anonymous)).value).toEqual(bundle);
    }
    const only = await encryptBundle(bundle, [recipient(keys.ministryEnc.publicJwk)]);
    const outsider = await decryptBundle(only, keys.outsiderEnc.privateJwk);
    expect(outsider).toMatchObject({
      ok: false,
      issues: [{ code: "TIPX526", path: "/recipients", params: { reason: "not-a-recipient" } }],
    });
    const { kid: _kid, ...anonymous } = keys.outsiderEnc.privateJwk;
    expect((await decryptBundle(only, anonymous)).issues[0]?.params).toEqual({ reason: "failed" });
    // A key id that lies: the right kid, the wrong key.
    expect((await decryptBundle(only, anonymous, { kid: "msdhs-enc-2025" })).issues[0]?.params).toEqual({
      reason: "failed",
    });
  });

  it("reveals nothing of the bundle outside the ciphertext: the protected header is enc, cty and tipx", async () => {
    for (const count of [1, 3]) {
      const jwe = await encryptBundle(
        maeSot(),
        [keys.ministryEnc, keys.thirdEnc, keys.outsiderEnc]
          .slice(0, count)
          .map((keyPair) => recipient(keyPair.publicJwk)),
      );
      expect(Object.keys(jwe).sort()).toEqual(["ciphertext", "iv", "protected", "recipients", "tag"]);
      expect(decodedHeader(jwe.protected)).toEqual({ enc: "A256GCM", cty: "tipx+json", tipx: "1.1" });
      for (const entry of jwe.recipients) {
        expect(Object.keys(entry).sort()).toEqual(["encrypted_key", "header"]);
        expect(Object.keys(entry.header).sort()).toEqual(["alg", "epk", "kid"]);
        expect(Object.keys(entry.header.epk).sort()).toEqual(["crv", "kty", "x", "y"]);
      }
      const text = JSON.stringify(jwe);
      for (const secret of ["Anong", "Tuayang", "1-9999-00001-01-0", "Mae Sot", "Department"])
        expect(text).not.toContain(secret);
    }
  });

  it("is a GeneralJWE as jose types it", () => {
    const assignable = (jwe: GeneralJwe): GeneralJWE => jwe;
    expect(typeof assignable).toBe("function");
  });

  it.each([
    ["the ciphertext", (jwe: GeneralJwe) => ({ ...jwe, ciphertext: flip(jwe.ciphertext) })],
    ["the tag", (jwe: GeneralJwe) => ({ ...jwe, tag: flip(jwe.tag) })],
    ["the iv", (jwe: GeneralJwe) => ({ ...jwe, iv: flip(jwe.iv) })],
    [
      "the wrapped key",
      (jwe: GeneralJwe) => ({
        ...jwe,
        recipients: jwe.recipients.map((entry) => ({ ...entry, encrypted_key: flip(entry.encrypted_key) })),
      }),
    ],
    [
      "the protected header (re-encoded, still valid)",
      (jwe: GeneralJwe) => ({
        ...jwe,
        protected: base64url.encode(JSON.stringify({ cty: "tipx+json", enc: "A256GCM", tipx: "1.0" })),
      }),
    ],
  ])("cannot decrypt once %s was changed (TIPX526)", async (_title, tamper) => {
    const jwe = await encryptBundle(maeSot(), [recipient(keys.ministryEnc.publicJwk)]);
    const result = await decryptBundle(tamper(jwe), keys.ministryEnc.privateJwk);
    expect(result.issues.map((issue) => [issue.code, issue.params])).toEqual([["TIPX526", { reason: "failed" }]]);
  });

  it.each([
    ["no recipient", () => []],
    ["a private key", () => [recipient(keys.ministryEnc.privateJwk)]],
    ["a signature key", () => [recipient(keys.dopa.publicJwk)]],
    ["a key id that is not the key's", () => [{ kid: "other", publicKey: keys.ministryEnc.publicJwk }]],
    [
      "two recipients with one key id",
      () => [recipient(keys.ministryEnc.publicJwk), recipient(keys.ministryEnc.publicJwk)],
    ],
  ])("refuses %s with a TypeError", async (_title, recipients) => {
    await expect(encryptBundle(maeSot(), recipients() as never)).rejects.toThrow(TypeError);
  });

  it("refuses a key that cannot decrypt with a TypeError, before reading the input", async () => {
    await expect(decryptBundle("{}", keys.ministryEnc.publicJwk)).rejects.toThrow(TypeError);
    await expect(decryptBundle("{}", keys.dopa.privateJwk)).rejects.toThrow(TypeError);
    await expect(decryptBundle("{}", keys.ministryEnc.privateJwk, { kid: "" })).rejects.toThrow(TypeError);
  });
});

/** A base64url string with its first character changed. */
function flip(text: string): string {
  return `${text.startsWith("A") ? "B" : "A"}${text.slice(1)}`;
}
