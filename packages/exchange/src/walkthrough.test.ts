// The README's walk-through, run: DOPA signs the Mae Sot bundle and encrypts it for the Ministry of Social
// Development and Human Security; the Ministry decrypts, verifies and validates it. Then each row of the
// README's "what can go wrong" table.
import { type Bundle, validate } from "@tipx/schema";
import { th } from "@tipx/schema/locales/th";
import { beforeAll, describe, expect, it } from "vitest";
import { DOPA_ID, DOPA_NAME, MINISTRY_NAME, maeSot } from "./_test-fixtures";
import { decryptBundle } from "./decrypt/decrypt-bundle";
import { encryptBundle } from "./encrypt/encrypt-bundle";
import { type GeneratedKeys, generateKeys } from "./keys/generate-keys";
import { signBundle } from "./sign/sign-bundle";
import { TrustList } from "./trust-list/trust-list";
import { verifyBundle } from "./verify/verify-bundle";

let dopa: GeneratedKeys;
let ministry: GeneratedKeys;
let shelter: GeneratedKeys;
let trust: TrustList;
let line: string;

/** What the Ministry does with a line it received: decrypt, verify, and the codes of what failed. */
async function receive(text: string, now = new Date("2026-06-01T00:00:00Z")) {
  const opened = await decryptBundle(text, ministry.privateJwk, { locale: th });
  if (!opened.ok) return { codes: opened.issues.map((issue) => issue.code), bundle: undefined };
  const verified = await verifyBundle(opened.value, trust, { now, locale: th });
  return { codes: verified.issues.map((issue) => issue.code), bundle: verified.bundle };
}

beforeAll(async () => {
  // 1. Once: keys. The Ministry's trust list is a JSON file, read with the TrustList schema.
  [dopa, ministry, shelter] = await Promise.all([
    generateKeys("sig", { org: DOPA_NAME, kid: "dopa-2025" }),
    generateKeys("enc", { org: MINISTRY_NAME, kid: "msdhs-enc-2025" }),
    generateKeys("sig", { org: "Provincial shelter", kid: "shelter-2025" }),
  ]);
  const trustFile = JSON.stringify({
    $schema: "https://tipx.dev/schema/1.0/trust-list.json",
    organizations: [
      {
        id: DOPA_ID,
        name: DOPA_NAME,
        keys: [{ kid: "dopa-2025", publicKey: dopa.publicJwk, notBefore: "2025-01-01", notAfter: "2026-12-31" }],
      },
      { name: "Provincial shelter", keys: [{ kid: "shelter-2025", publicKey: shelter.publicJwk }] },
    ],
  });
  trust = TrustList.parse(JSON.parse(trustFile));

  // 2. DOPA: validate, sign, then encrypt for the Ministry.
  const checked = validate(maeSot());
  if (!checked.ok || checked.value === undefined) throw new Error("the example must validate");
  const signed = await signBundle(checked.value, dopa.privateJwk, { kid: "dopa-2025" });
  const jwe = await encryptBundle(signed, [{ kid: "msdhs-enc-2025", publicKey: ministry.publicJwk }]);
  line = JSON.stringify(jwe);
});

describe("two agencies exchange the Mae Sot bundle", () => {
  it("the Ministry decrypts it, verifies that DOPA sent it unchanged, and validates it", async () => {
    const { codes, bundle } = await receive(line);
    expect(codes).toEqual([]);
    // The Mae Sot bundle is valid; its only issues are the data-quality warnings on the rescued people's
    // missing contact details (TIPX603, see examples/bundles/README.md).
    const result = validate(bundle, { locale: th });
    expect(result.ok).toBe(true);
    expect([...new Set(result.issues.map((issue) => issue.code))]).toEqual(["TIPX603"]);
    const { signature: _signature, ...content } = result.value ?? ({} as Bundle);
    expect(content).toEqual(maeSot());
  });

  it("the encrypted line shows nobody a name, a number or even the sender", () => {
    for (const secret of ["Anong", "อนงค์", "1-9999-00001-01-0", "Mae Sot", DOPA_NAME, DOPA_ID, "dopa-2025"])
      expect(line).not.toContain(secret);
  });

  it.each([
    [
      "encrypted for another agency",
      async () => {
        const other = await generateKeys("enc", { org: "Other", kid: "other-enc" });
        return JSON.stringify(await encryptBundle(maeSot(), [{ kid: "other-enc", publicKey: other.publicJwk }]));
      },
      ["TIPX526"],
    ],
    [
      "a byte of the encrypted file changed",
      async () => {
        const jwe = JSON.parse(line);
        return JSON.stringify({
          ...jwe,
          ciphertext: `${jwe.ciphertext.startsWith("A") ? "B" : "A"}${jwe.ciphertext.slice(1)}`,
        });
      },
      ["TIPX526"],
    ],
    [
      "decrypted, changed and re-encrypted",
      async () => {
        const opened = await decryptBundle(line, ministry.privateJwk);
        const changed = { ...(opened.value as Bundle), purpose: "statistics" as const };
        return JSON.stringify(await encryptBundle(changed, [{ kid: "msdhs-enc-2025", publicKey: ministry.publicJwk }]));
      },
      ["TIPX520"],
    ],
    [
      "signed with an attacker's key under a made-up key id",
      async () => {
        const attacker = await generateKeys("sig", { org: DOPA_NAME, kid: "dopa-2026" });
        const forged = await signBundle(maeSot(), attacker.privateJwk, { kid: "dopa-2026" });
        return JSON.stringify(await encryptBundle(forged, [{ kid: "msdhs-enc-2025", publicKey: ministry.publicJwk }]));
      },
      ["TIPX521"],
    ],
    [
      "a shelter signs a bundle that says it is from DOPA",
      async () => {
        const forged = await signBundle(maeSot(), shelter.privateJwk, { kid: "shelter-2025" });
        return JSON.stringify(await encryptBundle(forged, [{ kid: "msdhs-enc-2025", publicKey: ministry.publicJwk }]));
      },
      ["TIPX523"],
    ],
    [
      "sent unsigned",
      async () =>
        JSON.stringify(await encryptBundle(maeSot(), [{ kid: "msdhs-enc-2025", publicKey: ministry.publicJwk }])),
      ["TIPX525"],
    ],
    [
      "a crafted file",
      async () => JSON.stringify({ ...JSON.parse(line), protected: "eyJhbGciOiJub25lIn0" }),
      ["TIPX524"],
    ],
  ])("%s", async (_title, make, codes) => {
    expect((await receive(await make())).codes).toEqual(codes);
  });

  it("DOPA's key once expired: TIPX522", async () => {
    expect((await receive(line, new Date("2027-01-01T00:00:00Z"))).codes).toEqual(["TIPX522"]);
  });
});
