// Hostile signed bundles and encrypted bundles: truncated, huge, not JSON, not objects, with unsafe
// headers or prototype keys, and random mutations of valid ones. Each is refused with a code, never
// accepted, and nothing throws. `TIPX_FUZZ_RUNS=5000` runs the properties longer.
import canonicalize from "canonicalize";
import fc from "fast-check";
import { base64url, FlattenedSign, importJWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, NOW, smallBundle } from "./_test-fixtures";
import { decryptBundle } from "./decrypt/decrypt-bundle";
import { encryptBundle, type GeneralJwe } from "./encrypt/encrypt-bundle";
import { type SignedBundle, signBundle } from "./sign/sign-bundle";
import { verifyBundle } from "./verify/verify-bundle";

const RUNS = Number(process.env["TIPX_FUZZ_RUNS"] ?? 200);

let keys: Awaited<ReturnType<typeof agencies>>;
let signed: SignedBundle;
let signedText: string;
let jwe: GeneralJwe;
let jweText: string;
beforeAll(async () => {
  keys = await agencies();
  signed = await signBundle(smallBundle(), keys.dopa.privateJwk, { kid: "dopa-2025" });
  signedText = JSON.stringify(signed);
  jwe = await encryptBundle(signed, [
    { kid: "msdhs-enc-2025", publicKey: keys.ministryEnc.publicJwk },
    { kid: "shelter-enc", publicKey: keys.thirdEnc.publicJwk },
  ]);
  jweText = JSON.stringify(jwe);
});

const b64json = (value: unknown) => base64url.encode(JSON.stringify(value));

/** A signature made by the attacker's own key over the signed bundle's payload, with any header. */
async function forged(header: Record<string, unknown>): Promise<unknown> {
  const { signature: _signature, ...content } = signed;
  const jws = await new FlattenedSign(new TextEncoder().encode(canonicalize(content) ?? ""))
    .setProtectedHeader(header as never)
    .sign(await importJWK(keys.outsiderSig.privateJwk, "EdDSA"));
  return { ...content, signature: { protected: jws.protected, signature: jws.signature } };
}

/** The code, path and reason of a refused input (and that it was refused with exactly one issue). */
async function verifyRefusal(input: unknown) {
  const result = await verifyBundle(input, keys.trust, { now: NOW });
  expect(result.ok).toBe(false);
  expect(result.bundle).toBeUndefined();
  expect(result.issues).toHaveLength(1);
  const [issue] = result.issues;
  return [issue?.code, issue?.path, issue?.params["reason"]];
}

async function decryptRefusal(input: unknown) {
  const result = await decryptBundle(input, keys.ministryEnc.privateJwk);
  expect(result.ok).toBe(false);
  expect(result.value).toBeUndefined();
  expect(result.issues).toHaveLength(1);
  const [issue] = result.issues;
  return [issue?.code, issue?.path, issue?.params["reason"]];
}

const throwing = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error("trap");
    },
    get(_target, key) {
      // `await` reads `then`: answer it, so that the proxy reaches the function under test.
      if (key === "then") return undefined;
      throw new Error("trap");
    },
    getOwnPropertyDescriptor() {
      throw new Error("trap");
    },
  },
);

describe("verifyBundle refuses hostile input with a code, and never throws", () => {
  const header = { alg: "EdDSA", kid: "dopa-2025", typ: "tipx+jws", tipx: "1.0" };
  const cases: [string, () => unknown | Promise<unknown>, unknown[]][] = [
    ["text over 64 MiB", () => " ".repeat(64 * 1024 * 1024 + 1), ["TIPX524", "", "too-large"]],
    ["bytes over 64 MiB", () => new Uint8Array(64 * 1024 * 1024 + 1), ["TIPX524", "", "too-large"]],
    ["Thai text whose UTF-8 is over 64 MiB", () => `"${"ก".repeat(22_369_622)}"`, ["TIPX524", "", "too-large"]],
    ["truncated text", () => signedText.slice(0, signedText.length / 2), ["TIPX524", "", "not-json"]],
    ["empty text", () => "", ["TIPX524", "", "not-json"]],
    ["not JSON", () => "tipx bundle", ["TIPX524", "", "not-json"]],
    ["invalid UTF-8", () => new Uint8Array([0x7b, 0xff, 0x7d]), ["TIPX524", "", "not-json"]],
    ["a number", () => 42, ["TIPX524", "", "not-an-object"]],
    ["a number as text", () => "42", ["TIPX524", "", "not-an-object"]],
    ["null", () => null, ["TIPX524", "", "not-an-object"]],
    ["null as text", () => "null", ["TIPX524", "", "not-an-object"]],
    ["undefined", () => undefined, ["TIPX524", "", "not-an-object"]],
    ["an array", () => [signed], ["TIPX524", "", "not-an-object"]],
    ["an array as text", () => `[${signedText}]`, ["TIPX524", "", "not-an-object"]],
    ["a bigint", () => 1n, ["TIPX524", "", "not-an-object"]],
    ["a proxy whose traps throw", () => throwing, ["TIPX524", "", "malformed"]],
    ["a signature that is a string", () => ({ ...signed, signature: "x" }), ["TIPX524", "/signature", "malformed"]],
    ["a signature that is null", () => ({ ...signed, signature: null }), ["TIPX524", "/signature", "malformed"]],
    [
      "an unprotected header beside the signature",
      () => ({ ...signed, signature: { ...signed.signature, header: { alg: "none" } } }),
      ["TIPX524", "/signature", "malformed"],
    ],
    [
      "a protected header that is not base64url",
      () => ({ ...signed, signature: { ...signed.signature, protected: "e30=" } }),
      ["TIPX524", "/signature/protected", "malformed"],
    ],
    [
      "a protected header that is not an object",
      () => ({ ...signed, signature: { ...signed.signature, protected: b64json(["EdDSA"]) } }),
      ["TIPX524", "/signature/protected", "malformed"],
    ],
    [
      "a protected header of 10 000 characters",
      () => ({
        ...signed,
        signature: { ...signed.signature, protected: b64json({ ...header, kid: "k".repeat(10_000) }) },
      }),
      ["TIPX524", "/signature/protected", "malformed"],
    ],
    ...["none", "None", "NONE"].map((alg): [string, () => unknown, unknown[]] => [
      `alg "${alg}" with an empty signature`,
      () => ({ ...signed, signature: { protected: b64json({ ...header, alg }), signature: "" } }),
      ["TIPX524", "/signature/protected", "algorithm-none"],
    ]),
    ...["HS256", "RS256", "ES512", "Ed25519", "PS256", ""].map((alg): [string, () => unknown, unknown[]] => [
      `alg "${alg}"`,
      () => ({ ...signed, signature: { ...signed.signature, protected: b64json({ ...header, alg }) } }),
      ["TIPX524", "/signature/protected", "algorithm"],
    ]),
    [
      "no alg",
      () => ({ ...signed, signature: { ...signed.signature, protected: b64json({ kid: "dopa-2025" }) } }),
      ["TIPX524", "/signature/protected", "algorithm"],
    ],
    ...(["jwk", "jku", "x5u", "x5c", "x5t", "x5t#S256"] as const).map(
      (member): [string, () => Promise<unknown>, unknown[]] => [
        `the signer's own key in the header (${member})`,
        () =>
          forged({
            ...header,
            [member]: member === "jwk" ? keys.outsiderSig.publicJwk : "https://attacker.example/key",
          }),
        ["TIPX524", "/signature/protected", "embedded-key"],
      ],
    ),
    [
      "critical extensions (an unencoded payload)",
      () => forged({ ...header, b64: false, crit: ["b64"] }),
      ["TIPX524", "/signature/protected", "critical"],
    ],
    ["another typ", () => forged({ ...header, typ: "JWT" }), ["TIPX524", "/signature/protected", "header"]],
    [
      "no typ",
      () => forged({ alg: "EdDSA", kid: "dopa-2025", tipx: "1.0" }),
      ["TIPX524", "/signature/protected", "header"],
    ],
    ["another tipx version", () => forged({ ...header, tipx: "2.0" }), ["TIPX524", "/signature/protected", "header"]],
    ["an extra header member", () => forged({ ...header, cty: "json" }), ["TIPX524", "/signature/protected", "header"]],
    [
      "a kid with a newline",
      () => forged({ ...header, kid: "dopa-2025\n" }),
      ["TIPX524", "/signature/protected", "header"],
    ],
    [
      "prototype keys in the header",
      () => ({
        ...signed,
        signature: { ...signed.signature, protected: base64url.encode(`{"__proto__":${JSON.stringify(header)}}`) },
      }),
      ["TIPX524", "/signature/protected", "algorithm"],
    ],
    [
      "a signature whose members come through __proto__",
      () => `{"tipx":"1.0","signature":{"__proto__":${JSON.stringify(signed.signature)}}}`,
      ["TIPX524", "/signature", "malformed"],
    ],
    [
      "a bundle whose signature comes through __proto__",
      () => `{"__proto__":{"signature":${JSON.stringify(signed.signature)}},"tipx":"1.0"}`,
      ["TIPX525", "/signature", undefined],
    ],
    ["a forged signature under a trusted kid", () => forged(header), ["TIPX520", "/signature/signature", undefined]],
    [
      "a signed bundle with a __proto__ key added",
      () => `${signedText.slice(0, -1)},"__proto__":{"sender":{"name":"x"}}}`,
      ["TIPX520", "/signature/signature", undefined],
    ],
    [
      "a number JSON cannot hold (1e400)",
      () => `${signedText.slice(0, -1)},"extensions":1e400}`,
      ["TIPX524", "", "payload"],
    ],
    ["a value that is not JSON", () => ({ ...signed, extra: () => 1 }), ["TIPX524", "", "payload"]],
  ];

  it.each(cases)("%s", async (_title, input, expected) => {
    expect(await verifyRefusal(await input())).toEqual(expected);
  });

  it("never pollutes Object.prototype", async () => {
    await verifyBundle(`{"__proto__":{"polluted":1},"signature":{"__proto__":{"polluted":1}}}`, keys.trust);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("accepts no random mutation of a signed bundle's text that changes the bundle", async () => {
    const { signature: _signature, ...content } = signed;
    const original = canonicalize(content);
    await fc.assert(
      fc.asyncProperty(
        textMutation(() => signedText),
        async (mutated) => {
          const result = await verifyBundle(mutated, keys.trust, { now: NOW });
          if (result.ok) {
            const { signature: _kept, ...verified } = result.bundle ?? {};
            expect(canonicalize(verified)).toBe(original);
          } else {
            expect(result.issues).toHaveLength(1);
            expect(["TIPX520", "TIPX521", "TIPX522", "TIPX523", "TIPX524", "TIPX525"]).toContain(
              result.issues[0]?.code,
            );
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("accepts no random change to a signed bundle's values, keys or header", async () => {
    const { signature: _signature, ...content } = signed;
    const original = canonicalize(content);
    await fc.assert(
      fc.asyncProperty(
        valueMutation(() => signed),
        async (mutated) => {
          const result = await verifyBundle(mutated, keys.trust, { now: NOW });
          if (result.ok) {
            const { signature: _kept, ...verified } = result.bundle ?? {};
            expect(canonicalize(verified)).toBe(original);
          } else expect(result.issues).toHaveLength(1);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("decryptBundle refuses hostile input with a code, and never throws", () => {
  const withRecipientHeader = (header: Record<string, unknown>) => () => ({
    ...jwe,
    recipients: jwe.recipients.map((entry) => ({ ...entry, header: { ...entry.header, ...header } })),
  });
  const withProtected = (header: Record<string, unknown>) => () => ({ ...jwe, protected: b64json(header) });
  const protectedHeader = { enc: "A256GCM", cty: "tipx+json", tipx: "1.0" };
  const cases: [string, () => unknown, unknown[]][] = [
    ["text over 64 MiB", () => " ".repeat(64 * 1024 * 1024 + 1), ["TIPX524", "", "too-large"]],
    ["truncated text", () => jweText.slice(0, jweText.length - 20), ["TIPX524", "", "not-json"]],
    ["not JSON", () => "eyJhbGciOiJub25lIn0..", ["TIPX524", "", "not-json"]],
    ["a number", () => 7, ["TIPX524", "", "not-an-object"]],
    ["null", () => null, ["TIPX524", "", "not-an-object"]],
    ["an array", () => [jwe], ["TIPX524", "", "not-an-object"]],
    ["undefined", () => undefined, ["TIPX524", "", "not-an-object"]],
    ["a proxy whose traps throw", () => throwing, ["TIPX524", "", "not-json"]],
    ["a compact JWE", () => JSON.stringify("a.b.c.d.e"), ["TIPX524", "", "not-an-object"]],
    [
      "a flattened JWE",
      () => ({
        ...jwe,
        recipients: undefined,
        header: jwe.recipients[0]?.header,
        encrypted_key: jwe.recipients[0]?.encrypted_key,
      }),
      ["TIPX524", "", "malformed"],
    ],
    ["no recipients", () => ({ ...jwe, recipients: [] }), ["TIPX524", "/recipients", "malformed"]],
    [
      "257 recipients",
      () => ({ ...jwe, recipients: Array.from({ length: 257 }, () => jwe.recipients[0]) }),
      ["TIPX524", "/recipients", "too-many-recipients"],
    ],
    [
      "a ciphertext that is not base64url",
      () => ({ ...jwe, ciphertext: "a+b/" }),
      ["TIPX524", "/ciphertext", "malformed"],
    ],
    ["a missing tag", () => ({ ...jwe, tag: undefined }), ["TIPX524", "/tag", "malformed"]],
    ["alg none", withRecipientHeader({ alg: "none" }), ["TIPX524", "/recipients/0/header", "algorithm-none"]],
    ["alg dir", withRecipientHeader({ alg: "dir" }), ["TIPX524", "/recipients/0/header", "algorithm"]],
    ["alg RSA-OAEP", withRecipientHeader({ alg: "RSA-OAEP" }), ["TIPX524", "/recipients/0/header", "algorithm"]],
    ["alg ECDH-ES (direct)", withRecipientHeader({ alg: "ECDH-ES" }), ["TIPX524", "/recipients/0/header", "algorithm"]],
    [
      "another enc",
      withProtected({ ...protectedHeader, enc: "A128CBC-HS256" }),
      ["TIPX524", "/protected", "algorithm"],
    ],
    ["compression (zip)", withProtected({ ...protectedHeader, zip: "DEF" }), ["TIPX524", "/protected", "header"]],
    [
      "a jwk in the header",
      withRecipientHeader({ jwk: { kty: "EC" } }),
      ["TIPX524", "/recipients/0/header", "embedded-key"],
    ],
    [
      "a jku in the protected header",
      withProtected({ ...protectedHeader, jku: "https://x.example" }),
      ["TIPX524", "/protected", "embedded-key"],
    ],
    ["crit", withProtected({ ...protectedHeader, crit: ["exp"], exp: 1 }), ["TIPX524", "/protected", "critical"]],
    ["another cty", withProtected({ ...protectedHeader, cty: "JWT" }), ["TIPX524", "/protected", "header"]],
    [
      "an ephemeral key with a private member",
      () => ({
        ...jwe,
        recipients: jwe.recipients.map((entry) => ({
          ...entry,
          header: { ...entry.header, epk: { ...entry.header.epk, d: "x" } },
        })),
      }),
      ["TIPX524", "/recipients/0/header", "header"],
    ],
    [
      "a header member repeated in two headers",
      withProtected({ ...protectedHeader, alg: "ECDH-ES+A256KW" }),
      ["TIPX524", "/recipients/0/header", "malformed"],
    ],
    [
      "prototype keys in the protected header",
      () => ({ ...jwe, protected: base64url.encode(`{"__proto__":${JSON.stringify(protectedHeader)}}`) }),
      ["TIPX524", "/protected", "header"],
    ],
    [
      "a recipient whose members come through __proto__",
      () => `${jweText.replace(/"recipients":\[\{/, '"recipients":[{"__proto__":{"x":1},')}`,
      ["TIPX524", "/recipients/0", "malformed"],
    ],
    ["a ciphertext whose plaintext is not JSON", () => undefined, ["TIPX524", "/ciphertext", "not-json"]],
  ];

  it.each(cases)("%s", async (title, input, expected) => {
    if (title.startsWith("a ciphertext whose plaintext")) {
      // Made with encryptBundle's own recipe, but over text that is not JSON.
      const { GeneralEncrypt } = await import("jose");
      const encryption = new GeneralEncrypt(new TextEncoder().encode("not JSON")).setProtectedHeader(protectedHeader);
      encryption.addRecipient(await importJWK(keys.ministryEnc.publicJwk, "ECDH-ES+A256KW")).setUnprotectedHeader({
        alg: "ECDH-ES+A256KW",
        kid: "msdhs-enc-2025",
      });
      expect(await decryptRefusal(await encryption.encrypt())).toEqual(expected);
      return;
    }
    expect(await decryptRefusal(input())).toEqual(expected);
  });

  it("decrypts nothing but the original from random mutations of the JWE's text", async () => {
    await fc.assert(
      fc.asyncProperty(
        textMutation(() => jweText),
        async (mutated) => {
          const result = await decryptBundle(mutated, keys.ministryEnc.privateJwk);
          if (result.ok) expect(result.value).toEqual(signed);
          else {
            expect(result.issues).toHaveLength(1);
            expect(["TIPX524", "TIPX526"]).toContain(result.issues[0]?.code);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("decrypts nothing but the original from random changes to the JWE's values and keys", async () => {
    await fc.assert(
      fc.asyncProperty(
        valueMutation(() => jwe),
        async (mutated) => {
          const result = await decryptBundle(mutated, keys.ministryEnc.privateJwk);
          if (result.ok) expect(result.value).toEqual(signed);
          else expect(result.issues).toHaveLength(1);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** A random edit of a text: truncation, a deleted span, an inserted string, one character replaced. */
function textMutation(text: () => string): fc.Arbitrary<string> {
  const insert = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('"', "{", "}", ",", "\\", "\u0000", '"__proto__":{}', " ", "\n", "null", "1e400", "ก"),
  );
  return fc.oneof(
    fc.nat().map((n) => text().slice(0, n % text().length)),
    fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, length]) => {
      const start = at % text().length;
      return text().slice(0, start) + text().slice(start + length + 1);
    }),
    fc.tuple(fc.nat(), insert).map(([at, piece]) => {
      const start = at % (text().length + 1);
      return text().slice(0, start) + piece + text().slice(start);
    }),
    fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([at, char]) => {
      const start = at % text().length;
      return text().slice(0, start) + char + text().slice(start + 1);
    }),
  );
}

type Json = Record<string, unknown>;

/** Every object of a JSON value, as the path to it. */
function containers(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  return [
    path,
    ...Object.entries(value).flatMap(([key, child]) =>
      containers(child, [...path, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}

/**
 * A random change to a JSON value: a member of some object or array replaced by a random JSON value, a
 * prototype key, or deleted.
 */
function valueMutation(root: () => unknown): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    fc.constantFrom("__proto__", "constructor", "prototype", "signature", "alg", "kid", "zip", "header"),
    fc.string({ maxLength: 6 }),
  );
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(null, "none", "", 0, -0, [], {}, "x".repeat(70_000), Number.NaN),
  );
  return fc
    .tuple(fc.nat(), key, replacement, fc.boolean(), fc.boolean())
    .map(([pick, name, value, existing, remove]) => {
      const copy = structuredClone(root()) as Json;
      const paths = containers(copy);
      const path = paths[pick % paths.length] ?? [];
      let node = copy;
      for (const segment of path) node = node[segment] as Json;
      const keys = Object.keys(node);
      const target = existing && keys.length > 0 ? (keys[pick % keys.length] ?? name) : name;
      if (remove) delete node[target];
      else Object.defineProperty(node, target, { value, enumerable: true, writable: true, configurable: true });
      return copy;
    });
}
