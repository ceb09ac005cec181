import { BundleSignature, validate } from "@tipx/schema";
import { base64url, generateKeyPair } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, maeSot, NOW } from "../_test-fixtures";
import { verifyBundle } from "../verify/verify-bundle";
import { signBundle } from "./sign-bundle";

let keys: Awaited<ReturnType<typeof agencies>>;
beforeAll(async () => {
  keys = await agencies();
});

function header(signed: { signature: BundleSignature }): unknown {
  return JSON.parse(new TextDecoder().decode(base64url.decode(signed.signature.protected)));
}

describe("signBundle", () => {
  it.each([
    ["EdDSA (Ed25519), the default", () => keys.dopa.privateJwk, "dopa-2025", "EdDSA"],
    ["ES256 (P-256), from the key", () => keys.es256.privateJwk, "dopa-es256", "ES256"],
  ] as const)("signs with %s, and the signature verifies", async (_title, key, kid, alg) => {
    const signed = await signBundle(maeSot(), key(), { kid });
    expect(header(signed)).toEqual({ alg, kid, typ: "tipx+jws", tipx: "1.1" });
    const result = await verifyBundle(signed, keys.trust, { now: NOW });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.signer?.name).toBe("Department of Provincial Administration");
  });

  it("states the bundle's own model version in the header, so a 1.0 bundle still reads 1.0 and verifies", async () => {
    const signed = await signBundle({ ...maeSot(), tipx: "1.0" }, keys.dopa.privateJwk, { kid: "dopa-2025" });
    expect(header(signed)).toMatchObject({ tipx: "1.0" });
    expect((await verifyBundle(signed, keys.trust, { now: NOW })).ok).toBe(true);
  });

  it("keeps a signed bundle a valid bundle, with its signature in the envelope field `signature`", async () => {
    const signed = await signBundle(maeSot(), keys.dopa.privateJwk, { kid: "dopa-2025" });
    expect(BundleSignature.safeParse(signed.signature).success).toBe(true);
    expect(Object.keys(signed.signature)).toEqual(["protected", "signature"]);
    const result = validate(JSON.parse(JSON.stringify(signed)));
    expect(result.issues).toEqual(validate(maeSot()).issues);
    expect(result.ok).toBe(true);
  });

  it("leaves its argument unchanged and replaces an existing signature", async () => {
    const bundle = maeSot();
    const before = JSON.stringify(bundle);
    const once = await signBundle(bundle, keys.dopa.privateJwk, { kid: "dopa-2025" });
    expect(JSON.stringify(bundle)).toBe(before);
    const twice = await signBundle(once, keys.es256.privateJwk, { kid: "dopa-es256" });
    expect((header(twice) as { kid: string }).kid).toBe("dopa-es256");
    expect((await verifyBundle(twice, keys.trust, { now: NOW })).ok).toBe(true);
  });

  it("signs with a WebCrypto CryptoKey", async () => {
    const pair = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const signed = await signBundle(maeSot(), pair.privateKey, { kid: "in-memory" });
    expect((header(signed) as { alg: string }).alg).toBe("EdDSA");
  });

  it.each([
    ["no kid", () => signBundle(maeSot(), keys.dopa.privateJwk, {} as never)],
    ["a kid with a space", () => signBundle(maeSot(), keys.dopa.privateJwk, { kid: "dopa 2025" })],
    ["a public key", () => signBundle(maeSot(), keys.dopa.publicJwk, { kid: "dopa-2025" })],
    ["an encryption key", () => signBundle(maeSot(), keys.ministryEnc.privateJwk, { kid: "x" })],
    ["a key of another algorithm", () => signBundle(maeSot(), keys.dopa.privateJwk, { kid: "x", alg: "ES256" })],
    ["an unknown algorithm", () => signBundle(maeSot(), keys.dopa.privateJwk, { kid: "x", alg: "HS256" as never })],
    ["a bundle that is not an object", () => signBundle([] as never, keys.dopa.privateJwk, { kid: "x" })],
    [
      "a bundle holding a value JSON cannot represent",
      () => signBundle({ ...maeSot(), extra: Number.NaN } as never, keys.dopa.privateJwk, { kid: "x" }),
    ],
  ])("refuses %s with a TypeError", async (_title, sign) => {
    await expect(sign()).rejects.toThrow(TypeError);
  });
});
