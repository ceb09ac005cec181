import canonicalize from "canonicalize";
import fc from "fast-check";
import { base64url } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, maeSot, NOW } from "../_test-fixtures";
import { type SignedBundle, signBundle } from "../sign/sign-bundle";
import { verifyBundle } from "./verify-bundle";

// Issue 15: tampering with any byte of a signed bundle's payload, or with its protected header, fails
// verification. `pnpm test` runs a few hundred mutations per property; `TIPX_FUZZ_RUNS=5000` runs more.
const RUNS = Number(process.env["TIPX_FUZZ_RUNS"] ?? 200);

type Path = readonly (string | number)[];

/** Every leaf (string, number, boolean, null) of a JSON value, as the path to it. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [path];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

/** A deep copy of a JSON value with the leaf at `path` changed to another value of its kind. */
function changedAt(root: unknown, path: Path): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  const old = parent[last];
  parent[last] =
    typeof old === "string" ? `${old}.` : typeof old === "number" ? old + 1 : typeof old === "boolean" ? !old : 0;
  return copy;
}

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The code of the single issue of a failed verification. */
async function failure(input: unknown): Promise<string | undefined> {
  const result = await verifyBundle(input, keys.trust, { now: NOW });
  expect(result.issues.length, JSON.stringify(result.issues)).toBe(result.ok ? 0 : 1);
  return result.ok ? undefined : result.issues[0]?.code;
}

let keys: Awaited<ReturnType<typeof agencies>>;
let signed: SignedBundle;
/** The signed bundle as it travels: its signature first, then the payload in canonical form. */
let wire: { text: string; payloadStart: number; canonical: string };
beforeAll(async () => {
  keys = await agencies();
  signed = await signBundle(maeSot(), keys.dopa.privateJwk, { kid: "dopa-2025" });
  const { signature, ...content } = signed;
  const canonical = canonicalize(content) ?? "";
  const head = `{"signature":${JSON.stringify(signature)},`;
  wire = { text: `${head}${canonical.slice(1)}`, payloadStart: head.length, canonical };
  expect(await failure(wire.text)).toBeUndefined();
});

describe("a signed bundle changed after signing", () => {
  it("fails with TIPX520 for a change to any one field of the payload, each in turn", async () => {
    const paths = leaves(signed).filter((path) => path[0] !== "signature");
    expect(paths.length).toBeGreaterThan(500);
    const passed: string[] = [];
    for (const path of paths) if ((await failure(changedAt(signed, path))) !== "TIPX520") passed.push(path.join("/"));
    expect(passed).toEqual([]);
  });

  it("fails with TIPX520 when a field is added or removed", async () => {
    const { classification: _removed, ...withoutOne } = signed;
    expect(await failure(withoutOne)).toBe("TIPX520");
    expect(await failure({ ...signed, profile: undefined, extra: 1 })).toBe("TIPX520");
    expect(await failure({ ...signed, entities: signed.entities.slice(1) })).toBe("TIPX520");
    expect(await failure({ ...signed, entities: [...signed.entities].reverse() })).toBe("TIPX520");
  });

  it("fails with TIPX520, or TIPX524 when no longer JSON, for any one byte of the payload changed", async () => {
    const bytes = utf8.encode(wire.text);
    const payloadStart = utf8.encode(wire.text.slice(0, wire.payloadStart)).length;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: payloadStart, max: bytes.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        async (position, byte) => {
          fc.pre(bytes[position] !== byte);
          const mutated = bytes.slice();
          mutated[position] = byte;
          // The oracle: the change is harmless only if the text still parses to the same JSON value.
          let same = false;
          try {
            const { signature: _signature, ...content } = JSON.parse(strictUtf8.decode(mutated));
            same = canonicalize(content) === wire.canonical;
          } catch {
            same = false;
          }
          const code = await failure(mutated);
          if (same) expect(code).toBeUndefined();
          else expect(["TIPX520", "TIPX524"]).toContain(code);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("fails for any one byte of the protected header changed, before or after base64url", async () => {
    const decoded = base64url.decode(signed.signature.protected);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: decoded.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        async (position, byte) => {
          fc.pre(decoded[position] !== byte);
          const mutated = decoded.slice();
          mutated[position] = byte;
          const code = await failure({
            ...signed,
            signature: { ...signed.signature, protected: base64url.encode(mutated) },
          });
          // A changed key id names no trusted key: TIPX521.
          expect(["TIPX520", "TIPX521", "TIPX524"]).toContain(code);
        },
      ),
      { numRuns: RUNS },
    );
    const encoded = signed.signature.protected;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: encoded.length - 1 }), fc.constantFrom(...alphabet), async (position, char) => {
        fc.pre(encoded[position] !== char);
        const protectedHeader = `${encoded.slice(0, position)}${char}${encoded.slice(position + 1)}`;
        const code = await failure({ ...signed, signature: { ...signed.signature, protected: protectedHeader } });
        expect(["TIPX520", "TIPX521", "TIPX524"]).toContain(code);
      }),
      { numRuns: RUNS },
    );
  });

  it("fails for any one character of the signature changed, including its unused last bits", async () => {
    const encoded = signed.signature.signature;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let position = 0; position < encoded.length; position++) {
      for (const char of alphabet) {
        if (encoded[position] === char) continue;
        const signature = `${encoded.slice(0, position)}${char}${encoded.slice(position + 1)}`;
        // Sampled: every position, a few characters each (the last position with all of them).
        if (position < encoded.length - 1 && alphabet.indexOf(char) % 16 !== position % 16) continue;
        const code = await failure({ ...signed, signature: { ...signed.signature, signature } });
        expect(["TIPX520", "TIPX524"], `${position} ${char}`).toContain(code);
      }
    }
    // 64 bytes take 86 characters, whose last 4 bits are unused: a lenient decoder reads the same
    // signature from 16 spellings. Only the canonical one is accepted.
    const last = alphabet.indexOf(encoded.at(-1) ?? "");
    const respelled = `${encoded.slice(0, -1)}${alphabet[last ^ 1]}`;
    expect(base64url.decode(respelled)).toEqual(base64url.decode(encoded));
    expect(await failure({ ...signed, signature: { ...signed.signature, signature: respelled } })).toBe("TIPX524");
  });
});
