import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { type Bundle, listReferences, type PathSegment, validate } from "@tipx/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePseudonymKey, importPseudonymKey, PSEUDONYM_KEY_MIN_BYTES, pseudonymize } from "./index";

const MAE_SOT = JSON.parse(
  readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8"),
) as Bundle;

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const OTHER_KEY = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const ORG_A = "074db274-244e-40f7-9de3-61d5adb94f61";
const ORG_B = "88f15896-52d7-4c96-a01b-4a584bec9dd3";

function smallBundle(id: string, organizations: readonly string[]): Bundle {
  return {
    tipx: "1.0",
    id,
    createdAt: "2022-04-01T09:00:00Z",
    sender: { name: "Sender", ...(organizations[0] === undefined ? {} : { organization: organizations[0] }) },
    purpose: "statistics",
    entities: organizations.map((org, i) => ({ type: "Organization", id: org, name: `Organisation ${i}` })),
  };
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value: unknown = root;
  for (const segment of path) value = (value as Record<PathSegment, unknown>)[segment];
  return value;
}

/** Entity ids, identifier values and document numbers of a bundle: what must not survive. */
function identifyingValues(bundle: Bundle): string[] {
  return bundle.entities.flatMap((entity) => [
    entity.id,
    ...(entity.identifiers ?? []).map((identifier) => identifier.value),
    ...(entity.type === "Person" ? (entity.identityDocuments ?? []).map((document) => document.number) : []),
  ]);
}

/** The same HMAC, computed independently with node:crypto, as the reference the WebCrypto code must match. */
function nodeHmacHex(key: Uint8Array, label: string, value: string): string {
  return createHmac("sha256", key).update(`${label}\u0000${value}`, "utf8").digest("hex");
}

describe("pseudonymize", () => {
  it("replaces ids, local identifiers and document numbers, and counts them", async () => {
    const { bundle, report } = await pseudonymize(MAE_SOT, { key: KEY });
    const people = MAE_SOT.entities.filter((entity) => entity.type === "Person");
    expect(report).toEqual({
      ids: MAE_SOT.entities.length,
      identifiers: MAE_SOT.entities.reduce((sum, entity) => sum + (entity.identifiers?.length ?? 0), 0),
      documents: people.reduce((sum, person) => sum + (person.identityDocuments?.length ?? 0), 0),
    });
    expect(report.identifiers).toBeGreaterThan(0);
    expect(report.documents).toBeGreaterThan(0);
    for (const entity of bundle.entities) expect(entity.id).toMatch(UUID_V4);
    expect(bundle.id).toMatch(UUID_V4);
    expect(bundle.id).not.toBe(MAE_SOT.id);
    // Everything else is as it was: kinds, systems, countries, names.
    const case0 = bundle.entities.find((entity) => entity.type === "Case");
    expect(case0?.identifiers?.map((identifier) => identifier.system)).toEqual(["th.go.dopa.example/case"]);
    const person0 = bundle.entities.find((entity) => entity.type === "Person");
    expect(person0?.type === "Person" && person0.identityDocuments?.[0]).toMatchObject({
      kind: "TH-PIN",
      issuingCountry: "TH",
      number: expect.stringMatching(/^[0-9a-f]{32}$/),
      pseudonymous: true,
    });
    expect(person0?.type === "Person" && person0.names?.given).toBe("Anong");
  });

  it("computes exactly HMAC-SHA-256(key, label NUL value), as node:crypto does", async () => {
    const { bundle } = await pseudonymize(MAE_SOT, { key: KEY });
    const case0 = bundle.entities.find((entity) => entity.type === "Case");
    expect(case0?.identifiers?.[0]?.value).toBe(
      nodeHmacHex(KEY, "tipx/identifier:th.go.dopa.example/case", "TAK-2022-0000").slice(0, 32),
    );
    const person0 = bundle.entities.find((entity) => entity.type === "Person");
    // The number is normalised ("1-9999-00001-01-0" -> "1999900001010") before the HMAC.
    expect(person0?.type === "Person" && person0.identityDocuments?.[0]?.number).toBe(
      nodeHmacHex(KEY, "tipx/document:TH-PIN:TH", "1999900001010").slice(0, 32),
    );
    // The UUID is the first 16 bytes with the version (4) and variant (10) bits set.
    const digest = Buffer.from(nodeHmacHex(KEY, "tipx/entity-id", ORG_A), "hex").subarray(0, 16);
    digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x40;
    digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
    const hex = digest.toString("hex");
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    expect(bundle.sender.organization).toBe(uuid);
    // A known answer, so a change to the derivation (which would break every partner's links) shows here.
    expect(uuid).toMatchInlineSnapshot(`"2b7e2b28-e72f-456b-b888-01c581893fb0"`);
  });

  it("is stable under one key: the same input gives the same output, and the same id the same pseudonym in another bundle", async () => {
    const first = await pseudonymize(MAE_SOT, { key: KEY });
    const second = await pseudonymize(MAE_SOT, { key: await importPseudonymKey(KEY) });
    expect(second).toEqual(first);
    const other = await pseudonymize(smallBundle("c0ffee00-1234-4abc-8def-0123456789ab", [ORG_B, ORG_A]), {
      key: KEY,
    });
    const orgA = first.bundle.entities.find(
      (entity) => entity.type === "Organization" && entity.name.startsWith("Department"),
    );
    expect(other.bundle.entities[1]?.id).toBe(orgA?.id);
    expect(other.bundle.sender.organization).toBe(first.bundle.recipients?.[0]?.organization);
  });

  it("gives different pseudonyms under another key", async () => {
    const one = await pseudonymize(MAE_SOT, { key: KEY });
    const two = await pseudonymize(MAE_SOT, { key: OTHER_KEY });
    const a = identifyingValues(one.bundle);
    const b = identifyingValues(two.bundle);
    expect(a).toHaveLength(b.length);
    a.forEach((value, i) => expect(value).not.toBe(b[i]));
  });

  it("leaves none of the original values, and its pseudonyms are not plain hashes of them", async () => {
    const { bundle } = await pseudonymize(MAE_SOT, { key: KEY });
    const text = JSON.stringify(bundle);
    const originals = identifyingValues(MAE_SOT);
    for (const value of originals) {
      expect(text).not.toContain(value);
      expect(text).not.toContain(value.replace(/-/g, ""));
    }
    // Without the key, hashing guessed values (plainly, with the label, or HMAC under another key)
    // reproduces none of the pseudonyms.
    const pseudonyms = new Set(identifyingValues(bundle).map((value) => value.replace(/-/g, "").slice(0, 12)));
    for (const value of [...originals, "1999900001010"]) {
      for (const guess of [
        createHash("sha256").update(value).digest("hex"),
        createHash("sha256").update(`tipx/entity-id\u0000${value}`).digest("hex"),
        nodeHmacHex(OTHER_KEY, "tipx/entity-id", value),
        nodeHmacHex(OTHER_KEY, "tipx/document:TH-PIN:TH", value),
      ]) {
        expect(pseudonyms.has(guess.slice(0, 12))).toBe(false);
      }
    }
  });

  it("keeps every reference pointing at the same entity", async () => {
    const { bundle } = await pseudonymize(MAE_SOT, { key: KEY });
    const before = listReferences(MAE_SOT);
    expect(listReferences(bundle)).toEqual(before);
    const oldToNew = new Map(MAE_SOT.entities.map((entity, n) => [entity.id, bundle.entities[n]?.id]));
    expect(new Set(oldToNew.values()).size).toBe(MAE_SOT.entities.length);
    for (const { path } of before) {
      expect(valueAt(bundle, path), path.join("/")).toBe(oldToNew.get(valueAt(MAE_SOT, path) as string));
    }
  });

  it("validates with the same issues as its input: pseudonymous numbers are not checked by the profile", async () => {
    const { bundle } = await pseudonymize(MAE_SOT, { key: KEY });
    const issues = (input: unknown) => validate(input).issues.map((issue) => `${issue.code} ${issue.path}`);
    expect(issues(bundle)).toEqual(issues(MAE_SOT));
    expect(validate(bundle).ok).toBe(true);
  });

  it("does not change its input, and drops a signature that no longer holds", async () => {
    const signed = { ...MAE_SOT, signature: { protected: "eyJhbGciOiJFZERTQSJ9", signature: "c2ln" } } as Bundle;
    const before = structuredClone(signed);
    const { bundle } = await pseudonymize(signed, { key: KEY });
    expect(signed).toEqual(before);
    expect(bundle).not.toHaveProperty("signature");
  });

  it("separates kinds: an equal string as two kinds of value gets unrelated pseudonyms", async () => {
    const person = (kind: "TH-PIN" | "passport", number: string) => ({
      type: "Person" as const,
      id: ORG_A,
      identifiers: [
        { system: "a.example/id", value: "AB123" },
        { system: "b.example/id", value: "AB123" },
      ],
      identityDocuments: [{ kind, number, issuingCountry: "TH" as const }],
    });
    const bundleWith = (kind: "TH-PIN" | "passport") => ({
      ...smallBundle("c0ffee00-1234-4abc-8def-0123456789ab", []),
      entities: [person(kind, "AB123")],
    });
    const pin = (await pseudonymize(bundleWith("TH-PIN"), { key: KEY })).bundle.entities[0];
    const passport = (await pseudonymize(bundleWith("passport"), { key: KEY })).bundle.entities[0];
    expect(pin?.identifiers?.[0]?.value).not.toBe(pin?.identifiers?.[1]?.value);
    const numberOf = (entity: typeof pin) => (entity?.type === "Person" ? entity.identityDocuments?.[0]?.number : "");
    expect(numberOf(pin)).not.toBe(numberOf(passport));
    expect(numberOf(pin)).not.toBe(pin?.identifiers?.[0]?.value);
  });

  it("links a document number however it is written", async () => {
    const written = (number: string, issuingCountry?: "TH") => ({
      ...smallBundle("c0ffee00-1234-4abc-8def-0123456789ab", []),
      entities: [
        {
          type: "Person" as const,
          id: ORG_A,
          identityDocuments: [{ kind: "TH-PIN" as const, number, ...(issuingCountry ? { issuingCountry } : {}) }],
        },
      ],
    });
    const numbers = await Promise.all(
      [written("1-1120-34563-56-2", "TH"), written("1112034563562"), written("๑-๑๑๒๐-๓๔๕๖๓-๕๖-๒", "TH")].map(
        async (bundle) => {
          const entity = (await pseudonymize(bundle, { key: KEY })).bundle.entities[0];
          return entity?.type === "Person" ? entity.identityDocuments?.[0]?.number : undefined;
        },
      ),
    );
    expect(new Set(numbers).size).toBe(1);
  });

  it("refuses a short or unsuitable key, without echoing it", async () => {
    const short = new Uint8Array(PSEUDONYM_KEY_MIN_BYTES - 1).fill(7);
    await expect(pseudonymize(MAE_SOT, { key: short })).rejects.toThrow(TypeError);
    await expect(importPseudonymKey(short)).rejects.toThrow("received 31");
    const aes = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt"]);
    await expect(pseudonymize(MAE_SOT, { key: aes })).rejects.toThrow(TypeError);
    const sha1 = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
    await expect(pseudonymize(MAE_SOT, { key: sha1 })).rejects.toThrow(TypeError);
    await expect(pseudonymize(MAE_SOT, { key: "secret" as unknown as Uint8Array })).rejects.toThrow(TypeError);
  });

  it("generates 32-byte keys and imports them as non-extractable signing keys", async () => {
    const bytes = generatePseudonymKey();
    expect(bytes).toHaveLength(32);
    expect(generatePseudonymKey()).not.toEqual(bytes);
    const key = await importPseudonymKey(bytes);
    expect({ extractable: key.extractable, usages: key.usages, algorithm: key.algorithm }).toEqual({
      extractable: false,
      usages: ["sign"],
      algorithm: { name: "HMAC", hash: { name: "SHA-256" }, length: 256 },
    });
    // The result never carries the key.
    const { bundle, report } = await pseudonymize(MAE_SOT, { key });
    expect(JSON.stringify({ bundle, report })).not.toContain(Buffer.from(bytes).toString("hex"));
  });

  it("maps any set of ids to distinct version 4 UUIDs, and references follow (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 8 }), fc.uuid(), async (ids, bundleId) => {
        const input = smallBundle(bundleId, ids);
        const once = await pseudonymize(input, { key: KEY });
        const again = await pseudonymize(structuredClone(input), { key: KEY });
        expect(again).toEqual(once);
        const out = once.bundle.entities.map((entity) => entity.id);
        for (const id of out) expect(id).toMatch(UUID_V4);
        expect(new Set(out).size).toBe(ids.length);
        expect(out.some((id, i) => id === ids[i])).toBe(false);
        expect(once.bundle.sender.organization).toBe(out[0]);
        expect(validate(once.bundle).issues.map((issue) => issue.code)).toEqual(
          validate(input).issues.map((issue) => issue.code),
        );
      }),
      { numRuns: 100 },
    );
  });
});
