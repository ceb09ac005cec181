import { calculateJwkThumbprint } from "jose";
import { describe, expect, it } from "vitest";
import { generateKeys } from "./generate-keys";

describe("generateKeys", () => {
  it("makes an Ed25519 signature key pair whose JWKs carry kid, use, alg and org", async () => {
    const { privateJwk, publicJwk } = await generateKeys("sig", { org: "Department of Provincial Administration" });
    expect(Object.keys(publicJwk)).toEqual(["kty", "crv", "x", "kid", "use", "alg", "org"]);
    expect(Object.keys(privateJwk)).toEqual(["kty", "crv", "x", "d", "kid", "use", "alg", "org"]);
    expect(publicJwk).toMatchObject({ kty: "OKP", crv: "Ed25519", use: "sig", alg: "EdDSA" });
    expect(publicJwk.kid).toBe(await calculateJwkThumbprint(publicJwk, "sha256"));
    expect(privateJwk.kid).toBe(publicJwk.kid);
  });

  it("makes a P-256 encryption key pair for ECDH-ES+A256KW, with the key id asked for", async () => {
    const { privateJwk, publicJwk } = await generateKeys("enc", { org: "Ministry", kid: "msdhs-enc-2025" });
    expect(Object.keys(publicJwk)).toEqual(["kty", "crv", "x", "y", "kid", "use", "alg", "org"]);
    expect(publicJwk).toMatchObject({
      kty: "EC",
      crv: "P-256",
      use: "enc",
      alg: "ECDH-ES+A256KW",
      kid: "msdhs-enc-2025",
    });
    expect(privateJwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect("d" in publicJwk).toBe(false);
  });

  it("makes a new key each time", async () => {
    const [a, b] = await Promise.all([generateKeys("sig", { org: "x" }), generateKeys("sig", { org: "x" })]);
    expect(a.publicJwk.x).not.toBe(b.publicJwk.x);
  });

  it.each([
    ["an unknown use", () => generateKeys("both" as never, { org: "x" })],
    ["no organisation", () => generateKeys("sig", { org: " " })],
    ["a key id with a space", () => generateKeys("sig", { org: "x", kid: "a b" })],
  ])("refuses %s with a TypeError", async (_title, generate) => {
    await expect(generate()).rejects.toThrow(TypeError);
  });
});
