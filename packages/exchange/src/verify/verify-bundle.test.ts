import { type Bundle, type Issue, validate } from "@tipx/schema";
import { es } from "@tipx/schema/locales/es";
import { th } from "@tipx/schema/locales/th";
import { exportJWK, generateKeyPair } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, DOPA_NAME, MINISTRY_NAME, maeSot, NOW, smallBundle } from "../_test-fixtures";
import { type SignedBundle, signBundle } from "../sign/sign-bundle";
import type { TrustList } from "../trust-list/trust-list";
import { verifyBundle } from "./verify-bundle";

let keys: Awaited<ReturnType<typeof agencies>>;
let signed: SignedBundle;
beforeAll(async () => {
  keys = await agencies();
  signed = await signBundle(maeSot(), keys.dopa.privateJwk, { kid: "dopa-2025" });
});

const codes = (issues: readonly Issue[]) => issues.map((issue) => [issue.code, issue.path]);

/** The keys of every object in reverse order, recursively: the same JSON value, serialised otherwise. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reordered(item)]),
  );
}

describe("verifyBundle", () => {
  it("accepts the signed bundle and returns it with its signer", async () => {
    const result = await verifyBundle(signed, keys.trust, { now: NOW });
    expect(result).toMatchObject({ ok: true, issues: [] });
    expect(result.signer?.id).toBe("074db274-244e-40f7-9de3-61d5adb94f61");
    expect(result.bundle).toEqual(signed);
    expect(result.bundle).not.toBe(signed);
  });

  it("accepts it re-serialised: keys reordered, other whitespace, as text or as UTF-8 bytes", async () => {
    const variants = [
      JSON.stringify(signed),
      JSON.stringify(signed, null, 2),
      JSON.stringify(signed, null, "\t").replace(/\n/g, "\r\n"),
      JSON.stringify(reordered(signed)),
      ` \n${JSON.stringify(reordered(signed), null, 4)}\n `,
    ];
    for (const text of variants) {
      expect((await verifyBundle(text, keys.trust, { now: NOW })).issues).toEqual([]);
      expect((await verifyBundle(new TextEncoder().encode(text), keys.trust, { now: NOW })).ok).toBe(true);
    }
    expect((await verifyBundle(reordered(signed), keys.trust, { now: NOW })).ok).toBe(true);
  });

  it("returns what was signed as a valid bundle, in the order of the text it read", async () => {
    const text = JSON.stringify(reordered(signed));
    const result = await verifyBundle(text, keys.trust, { now: NOW });
    expect(Object.keys(result.bundle ?? {})).toEqual(Object.keys(JSON.parse(text)));
    expect(validate(result.bundle).ok).toBe(true);
  });

  it("reports a bundle signed with another key under a trusted kid (TIPX520)", async () => {
    const pair = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const forged = await signBundle(maeSot(), await exportJWK(pair.privateKey), { kid: "dopa-2025" });
    const result = await verifyBundle(forged, keys.trust, { now: NOW });
    expect({ ok: result.ok, bundle: result.bundle, issues: codes(result.issues) }).toEqual({
      ok: false,
      bundle: undefined,
      issues: [["TIPX520", "/signature/signature"]],
    });
  });

  it("reports a header whose algorithm is not the trusted key's (TIPX520)", async () => {
    const es256 = await signBundle(maeSot(), keys.es256.privateJwk, { kid: "dopa-es256" });
    const trust: TrustList = {
      organizations: [
        {
          name: DOPA_NAME,
          keys: [{ kid: "dopa-es256", publicKey: { ...keys.dopa.publicJwk, kid: "dopa-es256" } as never }],
        },
      ],
    };
    expect(codes((await verifyBundle(es256, trust, { now: NOW })).issues)).toEqual([
      ["TIPX520", "/signature/signature"],
    ]);
  });

  it("reports a key id the trust list does not hold (TIPX521), with the kid in the params only", async () => {
    const stranger = await signBundle(maeSot(), keys.dopa.privateJwk, { kid: "stranger-key" });
    const result = await verifyBundle(stranger, keys.trust, { now: NOW });
    expect(codes(result.issues)).toEqual([["TIPX521", "/signature/protected"]]);
    expect(result.issues[0]?.params).toEqual({ kid: "stranger-key" });
    expect(result.issues[0]?.message).not.toContain("stranger-key");
  });

  it.each([
    ["expired", new Date("2031-01-01T00:00:00Z"), { reason: "expired", date: "2030-12-31" }],
    ["not yet valid", new Date("2024-12-31T23:59:59Z"), { reason: "not-yet-valid", date: "2025-01-01" }],
  ])("reports a key %s at `now` (TIPX522)", async (_title, now, params) => {
    const result = await verifyBundle(signed, keys.trust, { now });
    expect(codes(result.issues)).toEqual([["TIPX522", "/signature/protected"]]);
    expect(result.issues[0]?.params).toEqual({ kid: "dopa-2025", signer: DOPA_NAME, ...params });
  });

  it("takes a date bound as a whole day in UTC", async () => {
    for (const now of ["2025-01-01T00:00:00Z", "2030-12-31T23:59:59.999Z"])
      expect((await verifyBundle(signed, keys.trust, { now: new Date(now) })).ok, now).toBe(true);
  });

  it("reports a signer that is not the sender (TIPX523), by organisation id and by name", async () => {
    const byMinistry = await signBundle(maeSot(), keys.ministry.privateJwk, { kid: "msdhs-2025" });
    const result = await verifyBundle(byMinistry, keys.trust, { now: NOW });
    expect(codes(result.issues)).toEqual([["TIPX523", "/sender"]]);
    expect(result.issues[0]?.params).toEqual({ kid: "msdhs-2025", signer: MINISTRY_NAME });

    const { organization: _dropped, ...byName } = smallBundle().sender;
    const named: Bundle = { ...smallBundle(), sender: byName };
    const namedByDopa = await signBundle(named, keys.dopa.privateJwk, { kid: "dopa-2025" });
    expect((await verifyBundle(namedByDopa, keys.trust, { now: NOW })).ok).toBe(true);
    const namedByMinistry = await signBundle(named, keys.ministry.privateJwk, { kid: "msdhs-2025" });
    expect(codes((await verifyBundle(namedByMinistry, keys.trust, { now: NOW })).issues)).toEqual([
      ["TIPX523", "/sender"],
    ]);
  });

  it("reports both an expired key and a signer that is not the sender", async () => {
    const byDopa = await signBundle({ ...smallBundle(), sender: { name: MINISTRY_NAME } }, keys.dopa.privateJwk, {
      kid: "dopa-2025",
    });
    const result = await verifyBundle(byDopa, keys.trust, { now: new Date("2040-01-01T00:00:00Z") });
    expect(result.issues.map((issue) => issue.code)).toEqual(["TIPX522", "TIPX523"]);
  });

  it("reports a bundle without signature (TIPX525)", async () => {
    const result = await verifyBundle(maeSot(), keys.trust, { now: NOW });
    expect(codes(result.issues)).toEqual([["TIPX525", "/signature"]]);
  });

  it("reads like this in each language", async () => {
    const expired = await verifyBundle(signed, keys.trust, { now: new Date("2031-01-01T00:00:00Z") });
    const unsigned = await verifyBundle(maeSot(), keys.trust, { now: NOW, locale: th });
    const stranger = await verifyBundle(await signBundle(maeSot(), keys.dopa.privateJwk, { kid: "x" }), keys.trust, {
      locale: es,
    });
    expect(
      [...expired.issues, ...unsigned.issues, ...stranger.issues].map((issue) => `${issue.code}: ${issue.message}`),
    ).toMatchInlineSnapshot(`
      [
        "TIPX522: The key of “Department of Provincial Administration” that signed the bundle expired on 2030-12-31.",
        "TIPX525: ชุดข้อมูลไม่ได้ลงนาม เพราะไม่มีลายมือชื่อ",
        "TIPX521: El paquete está firmado con una clave que no figura en la lista de confianza.",
      ]
    `);
  });

  it("throws a TypeError for an invalid trust list or date, which are errors of the program", async () => {
    await expect(verifyBundle(signed, { organizations: [{ name: "x", keys: [] }] })).rejects.toThrow(TypeError);
    await expect(verifyBundle(signed, null as never)).rejects.toThrow(TypeError);
    await expect(verifyBundle(signed, keys.trust, { now: new Date(Number.NaN) })).rejects.toThrow(TypeError);
  });
});
