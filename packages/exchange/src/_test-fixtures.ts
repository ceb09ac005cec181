// What the tests share: the Mae Sot example bundle (validated, so typed), the two agencies' keys and a
// trust list. Keys are generated once per test file; nothing here is a real key.
import { type Bundle, validate } from "@tipx/schema";
import { exportJWK, generateKeyPair } from "jose";
import maeSotJson from "../../../examples/bundles/mae-sot-interception.json";
import { generateKeys } from "./keys/generate-keys";
import type { TrustList } from "./trust-list/trust-list";

/** The Mae Sot interception bundle of examples/bundles, sent by DOPA to the Ministry. */
export function maeSot(): Bundle {
  const result = validate(structuredClone(maeSotJson));
  if (!result.ok || result.value === undefined) throw new Error("the Mae Sot example no longer validates");
  return result.value;
}

/** DOPA's id in the bundle (its Organization entity), and the Ministry's. */
export const DOPA_ID = "074db274-244e-40f7-9de3-61d5adb94f61";
export const DOPA_NAME = "Department of Provincial Administration";
export const MINISTRY_ID = "88f15896-52d7-4c96-a01b-4a584bec9dd3";
export const MINISTRY_NAME = "Ministry of Social Development and Human Security";

/** A small valid bundle, for property tests that verify thousands of times. */
export function smallBundle(): Bundle {
  return {
    tipx: "1.0",
    id: "c0ffee00-1234-4abc-8def-0123456789ab",
    createdAt: "2022-04-05T10:00:00+07:00",
    sender: { organization: DOPA_ID, name: DOPA_NAME, country: "TH" },
    recipients: [{ organization: MINISTRY_ID, name: MINISTRY_NAME, country: "TH" }],
    purpose: "case-management",
    classification: "confidential",
    entities: [
      {
        type: "Organization",
        id: DOPA_ID,
        name: DOPA_NAME,
        organizationType: "CentralGovernmentOrganisation",
        country: "TH",
      },
      {
        type: "Person",
        id: "c675c06f-e6bc-4337-9a9d-6e2bd05ade9b",
        names: { given: "Anong", family: "Tuayang", native: "อนงค์ ตัวอย่าง" },
        gender: "Feminine",
        birthDate: "1999-07-14",
        citizenships: ["TH"],
      },
    ],
  };
}

/** The keys of both agencies and of an outsider, and trust lists that hold them. */
export async function agencies() {
  const [dopa, ministry, ministryEnc, outsiderEnc, thirdEnc, outsiderSig] = await Promise.all([
    generateKeys("sig", { org: DOPA_NAME, kid: "dopa-2025" }),
    generateKeys("sig", { org: MINISTRY_NAME, kid: "msdhs-2025" }),
    generateKeys("enc", { org: MINISTRY_NAME, kid: "msdhs-enc-2025" }),
    generateKeys("enc", { org: "Outsider", kid: "outsider-enc" }),
    generateKeys("enc", { org: "Provincial shelter", kid: "shelter-enc" }),
    generateKeys("sig", { org: "Outsider", kid: "outsider-sig" }),
  ]);
  // An ES256 signature key: generateKeys makes Ed25519 ones; P-256 is for key stores limited to NIST curves.
  const pair = await generateKeyPair("ES256", { extractable: true });
  const es256 = {
    privateJwk: { ...(await exportJWK(pair.privateKey)), kid: "dopa-es256" },
    publicJwk: { ...(await exportJWK(pair.publicKey)), kid: "dopa-es256" },
  };
  const trust: TrustList = {
    organizations: [
      {
        id: DOPA_ID,
        name: DOPA_NAME,
        keys: [
          { kid: "dopa-2025", publicKey: publicSig(dopa.publicJwk), notBefore: "2025-01-01", notAfter: "2030-12-31" },
          { kid: "dopa-es256", publicKey: publicSig(es256.publicJwk) },
        ],
      },
      { id: MINISTRY_ID, name: MINISTRY_NAME, keys: [{ kid: "msdhs-2025", publicKey: publicSig(ministry.publicJwk) }] },
    ],
  };
  return { dopa, es256, ministry, ministryEnc, outsiderEnc, outsiderSig, thirdEnc, trust };
}

/** A public signature JWK as the trust list types it. */
function publicSig(jwk: object): TrustList["organizations"][number]["keys"][number]["publicKey"] {
  return jwk as TrustList["organizations"][number]["keys"][number]["publicKey"];
}

/** A moment inside the validity period of DOPA's Ed25519 key. */
export const NOW = new Date("2026-06-01T00:00:00Z");
