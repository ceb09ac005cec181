/**
 * The signing and encryption commands end to end, as a user runs them on files: DOPA makes its keys,
 * signs the Mae Sot bundle and encrypts it for the Ministry of Social Development and a shelter; each
 * recipient decrypts and verifies it; a third party cannot decrypt it; one changed byte fails the
 * signature. Every run's output is kept, and no private key member ever appears in it.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { chmod, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, jsonLines, type RunOptions, runCli, type TempDir, tempDir } from "../_test/harness";
import type { ValidateSummaryLine } from "../index";
import type { VerifyRecordLine } from "./verify-command";

const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));
const MAE_SOT = path.join(EXAMPLES, "bundles/mae-sot-interception.json");
const INVALID_INTAKE = path.join(EXAMPLES, "bundles/invalid-intake.json");
const MAE_SOT_NDJSON = path.join(EXAMPLES, "mae-sot.ndjson");

/** The JSON Schema of `tipx validate --format json`, which `tipx verify --format json` follows too. */
const jsonOutputLine = (() => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL("../../json-output.schema.json", import.meta.url), "utf8")));
})();

const DOPA = { id: "074db274-244e-40f7-9de3-61d5adb94f61", name: "Department of Provincial Administration" };

let dir: TempDir;
/** Everything every run wrote, to check that no private key was ever printed. */
const printed: string[] = [];
/** The private members (`d`) of every key made. */
const secrets: string[] = [];

async function tipx(argv: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const result = await runCli(argv, { cwd: dir.path, ...options });
  printed.push(result.stdout, result.stderr);
  return result;
}

async function readJson(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(dir.path, name), "utf8")) as Record<string, unknown>;
}

/** Makes a key pair with `tipx keys generate` and remembers its private member. */
async function generate(org: string, use: "sig" | "enc"): Promise<{ privateFile: string; publicFile: string }> {
  const result = await tipx(["keys", "generate", "--org", org, "--use", use, "--out", "keys"]);
  expect(result.code, result.stderr).toBe(0);
  const privateFile = path.join("keys", `${org}-${use}.private.jwk`);
  const publicFile = path.join("keys", `${org}-${use}.public.jwk`);
  const d = (await readJson(privateFile))["d"];
  expect(typeof d).toBe("string");
  secrets.push(d as string);
  return { privateFile, publicFile };
}

/** The verify JSON report of `files`: its record lines and summary. */
async function verifyJson(files: readonly string[], trust = "trust.json") {
  const result = await tipx(["verify", "--trust", trust, "--format", "json", ...files]);
  const lines = jsonLines(result.stdout);
  for (const line of lines) expect(jsonOutputLine(line), JSON.stringify(jsonOutputLine.errors)).toBe(true);
  const summary = (lines.pop() as ValidateSummaryLine).summary;
  return { code: result.code, records: lines as VerifyRecordLine[], summary, stderr: result.stderr };
}

beforeAll(async () => {
  dir = await tempDir();
});

afterAll(async () => {
  await dir.remove();
});

describe("keys generate → sign → verify → encrypt → decrypt", () => {
  let dopa: { privateFile: string; publicFile: string };
  let msdhs: { privateFile: string; publicFile: string };
  let shelter: { privateFile: string; publicFile: string };
  let outsider: { privateFile: string; publicFile: string };

  it("writes a private key only its owner can read and a public key, and prints neither", async () => {
    dopa = await generate("th-dopa", "sig");
    msdhs = await generate("th-msdhs", "enc");
    shelter = await generate("th-shelter", "enc");
    outsider = await generate("outsider", "enc");
    expect((await stat(path.join(dir.path, dopa.privateFile))).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(dir.path, dopa.publicFile))).mode & 0o777).toBe(0o644);
    const privateJwk = await readJson(dopa.privateFile);
    const publicJwk = await readJson(dopa.publicFile);
    expect(publicJwk).not.toHaveProperty("d");
    expect(publicJwk).toMatchObject({ kty: "OKP", crv: "Ed25519", use: "sig", kid: privateJwk["kid"] });
    expect(await readJson(msdhs.publicFile)).toMatchObject({ kty: "EC", crv: "P-256", use: "enc" });
    // The output names the files and the key id, nothing of the key.
    const again = await tipx(["keys", "generate", "--org", "probe", "--use", "sig", "--out", "keys"]);
    expect(again.stdout).toContain(path.join("keys", "probe-sig.private.jwk"));
    expect(again.stdout).toContain(String((await readJson("keys/probe-sig.public.jwk"))["kid"]));
    secrets.push(String((await readJson("keys/probe-sig.private.jwk"))["d"]));
  });

  it("refuses to replace a key without --force, and replaces it with --force", async () => {
    const before = await readJson(dopa.privateFile);
    const refused = await tipx(["keys", "generate", "--org", "th-dopa", "--use", "sig", "--out", "keys"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${dopa.privateFile} already exists`);
    expect(await readJson(dopa.privateFile)).toEqual(before);
    const forced = await tipx(["keys", "generate", "--org", "probe", "--use", "sig", "--out", "keys", "--force"]);
    expect(forced.code).toBe(0);
    secrets.push(String((await readJson("keys/probe-sig.private.jwk"))["d"]));
  });

  it("signs a bundle: the output is the bundle with a signature, and still a valid bundle", async () => {
    const publicJwk = await readJson(dopa.publicFile);
    await dir.write("trust.json", {
      organizations: [{ ...DOPA, keys: [{ kid: publicJwk["kid"], publicKey: publicJwk, notAfter: "2099-12-31" }] }],
    });
    const signed = await tipx(["sign", "--key", dopa.privateFile, "--out", "signed.json", MAE_SOT]);
    expect(signed).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const bundle = await readJson("signed.json");
    const { signature, ...unsigned } = bundle;
    expect(unsigned).toEqual(JSON.parse(await readFile(MAE_SOT, "utf8")));
    expect(signature).toEqual({ protected: expect.any(String), signature: expect.any(String) });
    expect((await stat(path.join(dir.path, "signed.json"))).mode & 0o777).toBe(0o600);
    const valid = await tipx(["validate", "signed.json"]);
    expect(valid.code, valid.stdout).toBe(0);
  });

  it("verifies the signed bundle against the trust list, in text and JSON", async () => {
    const text = await tipx(["verify", "--trust", "trust.json", "signed.json"]);
    expect(text.code, text.stdout + text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^signed\.json {2}verified\n/);
    const json = await verifyJson(["signed.json"]);
    expect(json.code).toBe(0);
    expect(json.records).toEqual([
      { file: "signed.json", line: 1, id: "4e1a7461-749b-4664-8b53-85470c1f9fdb", ok: true, signer: DOPA, issues: [] },
    ]);
    expect(json.summary).toMatchObject({ files: 1, records: 1, valid: 1, invalid: 0 });
  });

  it("still verifies the bundle re-serialised (keys reordered, no whitespace)", async () => {
    const bundle = await readJson("signed.json");
    const reordered = Object.fromEntries(Object.entries(bundle).reverse());
    await writeFile(path.join(dir.path, "reordered.json"), JSON.stringify(reordered));
    expect((await tipx(["verify", "--trust", "trust.json", "reordered.json"])).code).toBe(0);
  });

  it("fails with TIPX520 when one byte of the bundle is changed", async () => {
    const text = await readFile(path.join(dir.path, "signed.json"), "utf8");
    const at = text.indexOf("Mae Sot");
    const tampered = `${text.slice(0, at)}N${text.slice(at + 1)}`;
    expect(tampered.length).toBe(text.length);
    await writeFile(path.join(dir.path, "tampered.json"), tampered);
    const json = await verifyJson(["tampered.json"]);
    expect(json.code).toBe(1);
    expect(json.records[0]?.ok).toBe(false);
    expect(json.records[0]?.signer).toBeUndefined();
    expect(json.records[0]?.issues.map((issue) => issue.code)).toEqual(["TIPX520"]);
    const text2 = await tipx(["verify", "--trust", "trust.json", "tampered.json"]);
    expect(text2.code).toBe(1);
    expect(text2.stdout).toMatch(/^tampered\.json {2}not verified\n {2}error {4}TIPX520 /);
  });

  it("encrypts the signed bundle for two recipients: one JWE whose headers name no one", async () => {
    const result = await tipx(["encrypt", "--to", msdhs.publicFile, "--to", shelter.publicFile, "signed.json"]);
    expect(result.code, result.stderr).toBe(0);
    await writeFile(path.join(dir.path, "sent.jwe"), result.stdout);
    const jwe = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(jwe).sort()).toEqual(["ciphertext", "iv", "protected", "recipients", "tag"]);
    expect(jwe["recipients"]).toHaveLength(2);
    expect(result.stdout).not.toContain("Mae Sot");
    const header = JSON.parse(Buffer.from(String(jwe["protected"]), "base64url").toString("utf8")) as unknown;
    expect(header).toEqual({ enc: "A256GCM", cty: "tipx+json", tipx: "1.1" });
  });

  it("decrypts with each recipient's key to the signed bundle, which verifies", async () => {
    const signed = await readJson("signed.json");
    for (const recipient of [msdhs, shelter]) {
      const result = await tipx(["decrypt", "--key", recipient.privateFile, "sent.jwe"]);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(signed);
      const verified = await tipx(["verify", "--trust", "trust.json", "-"], { stdin: result.stdout });
      expect(verified.code, verified.stdout).toBe(0);
    }
  });

  it("cannot decrypt with a third key: TIPX526, and nothing on stdout", async () => {
    const result = await tipx(["decrypt", "--key", outsider.privateFile, "sent.jwe"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^tipx: sent\.jwe: TIPX526 {2}/);
    expect(result.stderr).toContain("1 of 1 record could not be decrypted");
  });

  it("reads and writes NDJSON: one signed bundle, one JWE per line", async () => {
    const signed = await tipx(["sign", "--key", dopa.privateFile, "--out", "signed.ndjson", MAE_SOT_NDJSON]);
    // Line 3 of the example is a truncated record: it is reported, and the other two are signed.
    expect(signed.code).toBe(1);
    expect(signed.stderr).toMatch(/^tipx: .*mae-sot\.ndjson line 3: TIPX101 {2}/m);
    const lines = jsonLines(await readFile(path.join(dir.path, "signed.ndjson"), "utf8"));
    expect(lines).toHaveLength(2);
    // The invalid intake bundle's sender is a shelter, not DOPA, whose key signed it.
    const json = await verifyJson(["signed.ndjson"]);
    expect(json.code).toBe(1);
    expect(json.records.map((record) => [record.line, record.ok, record.issues.map((issue) => issue.code)])).toEqual([
      [1, true, []],
      [2, false, ["TIPX523"]],
    ]);
    const encrypted = await tipx(["encrypt", "--to", msdhs.publicFile, "--out", "sent.ndjson", "signed.ndjson"]);
    expect(encrypted.code).toBe(0);
    const decrypted = await tipx(["decrypt", "--key", msdhs.privateFile, "sent.ndjson"]);
    expect(decrypted.code).toBe(0);
    expect(jsonLines(decrypted.stdout)).toEqual(lines);
  });

  it("signs the invalid example too: a signature says who sent it, validate says what is wrong", async () => {
    const result = await tipx(["sign", "--key", dopa.privateFile, INVALID_INTAKE]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty("signature");
  });

  it("warns when a private key file is open to other users, naming the file and not the key", async () => {
    await chmod(path.join(dir.path, dopa.privateFile), 0o644);
    try {
      const result = await tipx(["sign", "--key", dopa.privateFile, MAE_SOT]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        `tipx: warning: other users have access to ${dopa.privateFile} (mode 0644); a private key must be its owner's alone: run chmod 600 ${dopa.privateFile}\n`,
      );
    } finally {
      await chmod(path.join(dir.path, dopa.privateFile), 0o600);
    }
    const quiet = await tipx(["sign", "--key", dopa.privateFile, MAE_SOT]);
    expect(quiet.stderr).toBe("");
  });

  it("never printed a private key", () => {
    expect(secrets.length).toBeGreaterThanOrEqual(6);
    const everything = printed.join("\n");
    expect(everything.length).toBeGreaterThan(0);
    for (const d of secrets) expect(everything).not.toContain(d);
  });
});
