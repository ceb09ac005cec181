/**
 * What the signing and encryption commands do with wrong key files, trust files and inputs: the exit
 * codes of `tipx validate` (2 for a file that is not what its option asks for, 3 for one that cannot be
 * read), a sentence that names the file, and never the content of a key.
 *
 * @module
 */
import { chmod, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonLines, ndjson, runCli, type TempDir, tempDir } from "../_test/harness";
import type { ValidateSummaryLine } from "../index";
import { keyFileStem } from "./keys-command";
import type { VerifyRecordLine } from "./verify-command";

const MAE_SOT = fileURLToPath(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url));

let dir: TempDir;
/** The private members (`d`) of the keys of this file. */
const secrets: string[] = [];

async function run(argv: readonly string[], stdin?: string) {
  return runCli(argv, { cwd: dir.path, ...(stdin === undefined ? {} : { stdin }) });
}

async function readJson(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(dir.path, name), "utf8")) as Record<string, unknown>;
}

beforeAll(async () => {
  dir = await tempDir();
  for (const [org, use] of [
    ["dopa", "sig"],
    ["msdhs", "enc"],
  ] as const) {
    const result = await run(["keys", "generate", "--org", org, "--use", use, "--out", "keys"]);
    expect(result.code, result.stderr).toBe(0);
    secrets.push(String((await readJson(`keys/${org}-${use}.private.jwk`))["d"]));
  }
  const publicJwk = await readJson("keys/dopa-sig.public.jwk");
  await dir.write("trust.json", {
    organizations: [
      {
        id: "074db274-244e-40f7-9de3-61d5adb94f61",
        name: "Department of Provincial Administration",
        keys: [{ kid: publicJwk["kid"], publicKey: publicJwk }],
      },
    ],
  });
  await dir.write("not-json.jwk", "kty: OKP\n");
  await dir.write("empty-jwk.jwk", { use: "sig" });
  await dir.write("large.jwk", `{"kty":"OKP","pad":"${"x".repeat(70_000)}"}`);
  const privateJwk = await readJson("keys/dopa-sig.private.jwk");
  // Private key files as tipx keys generate writes them: their owner's alone (else a warning is printed).
  await chmod(await dir.write("broken-sig.jwk", { ...privateJwk, d: "short" }), 0o600);
  const noKid = Object.fromEntries(Object.entries(privateJwk).filter(([key]) => key !== "kid"));
  await chmod(await dir.write("no-kid.jwk", noKid), 0o600);
});

afterAll(async () => {
  await dir.remove();
});

describe("key files", () => {
  it.each([
    ["a missing file", ["sign", "--key", "missing.jwk", MAE_SOT], 3, "tipx: cannot read missing.jwk: no such file\n"],
    ["a directory", ["sign", "--key", "keys", MAE_SOT], 3, "tipx: cannot read keys: it is a directory\n"],
    [
      "a file that is not JSON",
      ["sign", "--key", "not-json.jwk", MAE_SOT],
      2,
      "tipx: not-json.jwk is not a key file: it does not hold a JSON object (a JWK, as tipx keys generate writes it)\n",
    ],
    [
      "JSON that is not a JWK",
      ["sign", "--key", "empty-jwk.jwk", MAE_SOT],
      2,
      'tipx: empty-jwk.jwk is not a key file: it holds JSON but no JWK (it has no "kty" member)\n',
    ],
    [
      "a file too large to be a key",
      ["sign", "--key", "large.jwk", MAE_SOT],
      2,
      "tipx: large.jwk is not a key file: it is larger than 64 KiB, and a JWK is a few hundred bytes\n",
    ],
    [
      "a public key to sign with",
      ["sign", "--key", "keys/dopa-sig.public.jwk", MAE_SOT],
      2,
      "tipx: keys/dopa-sig.public.jwk holds a public key; this command needs the private key (the .private.jwk file of tipx keys generate)\n",
    ],
    [
      "an encryption key to sign with",
      ["sign", "--key", "keys/msdhs-enc.private.jwk", MAE_SOT],
      2,
      "tipx: keys/msdhs-enc.private.jwk does not hold a signing key (Ed25519 for EdDSA, or P-256 for ES256)\n",
    ],
    [
      "a signing key whose private part is broken",
      ["sign", "--key", "broken-sig.jwk", MAE_SOT],
      2,
      "tipx: broken-sig.jwk does not hold a signing key (Ed25519 for EdDSA, or P-256 for ES256)\n",
    ],
    [
      "a private key to encrypt for",
      ["encrypt", "--to", "keys/msdhs-enc.private.jwk", MAE_SOT],
      2,
      "tipx: keys/msdhs-enc.private.jwk holds a private key; give the recipient's public key (their .public.jwk file), and keep private keys private\n",
    ],
    [
      "a signing key to encrypt for",
      ["encrypt", "--to", "keys/dopa-sig.public.jwk", MAE_SOT],
      2,
      "tipx: keys/dopa-sig.public.jwk does not hold a recipient's P-256 encryption key (as tipx keys generate --use enc makes)\n",
    ],
    [
      "a signing key to decrypt with",
      ["decrypt", "--key", "keys/dopa-sig.private.jwk", MAE_SOT],
      2,
      "tipx: keys/dopa-sig.private.jwk does not hold a P-256 encryption key (as tipx keys generate --use enc makes)\n",
    ],
  ])("refuses %s", async (_title, argv, code, stderr) => {
    const result = await run(argv);
    expect(result).toEqual({ code, stdout: "", stderr });
  });

  it("refuses a key given on the command line, without repeating it", async () => {
    const jwk = await readFile(path.join(dir.path, "keys/dopa-sig.private.jwk"), "utf8");
    for (const argv of [
      ["sign", "--key", jwk, MAE_SOT],
      ["decrypt", "--key", jwk, MAE_SOT],
      ["encrypt", "--to", jwk, MAE_SOT],
      ["sign", "--key", "keys/dopa-sig.private.jwk", jwk],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(
        /^error: (--key|--to) takes the name of a key file, not a key|^error: an input is JSON text/,
      );
      for (const d of secrets) expect(result.stderr).not.toContain(d);
    }
  });

  it("asks for --kid when the key file has none, and refuses a key id that is not one", async () => {
    const none = await run(["sign", "--key", "no-kid.jwk", MAE_SOT]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no-kid.jwk has no key id ("kid" member): give one with --kid');
    const given = await run(["sign", "--key", "no-kid.jwk", "--kid", "dopa 2025", MAE_SOT]);
    expect(given.code).toBe(2);
    expect(given.stderr).toContain("must be 1 to 256 visible ASCII characters");
    const fine = await run(["sign", "--key", "no-kid.jwk", "--kid", "dopa-2025", MAE_SOT]);
    expect(fine.code).toBe(0);
  });

  it("refuses --alg that the key is not for", async () => {
    const result = await run(["sign", "--key", "keys/dopa-sig.private.jwk", "--alg", "ES256", MAE_SOT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("keys/dopa-sig.private.jwk does not hold a key for ES256");
  });

  it("reports key file problems in the --lang language", async () => {
    const th = await run(["sign", "--key", "keys/dopa-sig.public.jwk", "--lang", "th", MAE_SOT]);
    expect(th.stderr).toBe(
      "tipx: keys/dopa-sig.public.jwk เก็บกุญแจสาธารณะ แต่คำสั่งนี้ต้องใช้กุญแจส่วนตัว (ไฟล์ .private.jwk ของ tipx keys generate)\n",
    );
    const es = await run(["--lang", "es", "decrypt", "--key", "missing.jwk", MAE_SOT]);
    expect(es).toMatchObject({ code: 3, stderr: "tipx: no se puede leer missing.jwk: el archivo no existe\n" });
  });
});

describe("trust files", () => {
  it.each([
    ["missing", undefined, 3, "tipx: cannot read missing.json: no such file\n"],
    ["not JSON", "organizations: []", 2, "tipx: {file} is not a trust list: it is not JSON\n"],
    [
      "a required member missing",
      { organizations: [{ keys: [] }] },
      2,
      "tipx: {file} is not a trust list: /organizations/0/name is missing (see json-schema/trust-list.json of @tipx/exchange)\n",
    ],
    [
      "a member of the wrong type",
      { organizations: {} },
      2,
      "tipx: {file} is not a trust list: /organizations must be of type array (see json-schema/trust-list.json of @tipx/exchange)\n",
    ],
    [
      "an unknown member",
      { organizations: [], trusted: true },
      2,
      "tipx: {file} is not a trust list: /trusted is not a member of a trust list (see json-schema/trust-list.json of @tipx/exchange)\n",
    ],
    [
      "an organisation without keys",
      { organizations: [{ name: "DOPA", keys: [] }] },
      2,
      "tipx: {file} is not a trust list: /organizations/0/keys holds a value a trust list does not allow (see json-schema/trust-list.json of @tipx/exchange)\n",
    ],
  ])("refuses a trust file %s, naming where", async (title, content, code, stderr) => {
    const file = content === undefined ? "missing.json" : `trust-${title.replaceAll(" ", "-")}.json`;
    if (content !== undefined) await dir.write(file, content);
    const result = await run(["verify", "--trust", file, MAE_SOT]);
    expect(result).toEqual({ code, stdout: "", stderr: stderr.replace("{file}", file) });
  });

  it("names a key id given twice, by the library's rule", async () => {
    const trust = await readJson("trust.json");
    const [organization] = trust["organizations"] as Record<string, unknown>[];
    await dir.write("twice.json", {
      organizations: [organization, { ...organization, id: "342fcf43-d78e-451b-b3bd-6d2404797ef5", name: "Other" }],
    });
    const result = await run(["verify", "--trust", "twice.json", MAE_SOT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("/organizations/1/keys/0/kid repeats a key id");
  });
});

describe("records", () => {
  it("reports each record like tipx validate: not JSON is TIPX101, not signed is TIPX525", async () => {
    const bundle = JSON.parse(await readFile(MAE_SOT, "utf8")) as Record<string, unknown>;
    await dir.write("mixed.ndjson", ndjson(bundle, "{truncated", { ...bundle, signature: { protected: "e30" } }));
    const result = await run(["verify", "--trust", "trust.json", "--format", "json", "mixed.ndjson"]);
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout);
    const summary = (lines.pop() as ValidateSummaryLine).summary;
    expect((lines as VerifyRecordLine[]).map((line) => [line.line, line.issues.map((issue) => issue.code)])).toEqual([
      [1, ["TIPX525"]],
      [2, ["TIPX101"]],
      [3, ["TIPX524"]],
    ]);
    expect(summary).toMatchObject({ files: 1, records: 3, valid: 0, invalid: 3 });
  });

  it("refuses to sign or encrypt what is not a bundle (TIPX102), and goes on with the next record", async () => {
    await dir.write("arrays.ndjson", ndjson("[1, 2]", "{}"));
    const result = await run(["sign", "--key", "keys/dopa-sig.private.jwk", "arrays.ndjson"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^tipx: arrays\.ndjson line 1: TIPX102 {2}/);
    expect(jsonLines(result.stdout)).toHaveLength(1);
  });

  it("reads a JSON array of bundles element by element, and writes NDJSON", async () => {
    const bundle = JSON.parse(await readFile(MAE_SOT, "utf8")) as unknown;
    await dir.write("array.json", JSON.stringify([bundle, bundle]));
    const result = await run(["sign", "--key", "keys/dopa-sig.private.jwk", "array.json"]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(2);
  });

  it("warns about an empty input and exits 0, as validate does", async () => {
    await dir.write("empty.ndjson", "");
    const result = await run(["encrypt", "--to", "keys/msdhs-enc.public.jwk", "empty.ndjson"]);
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: "tipx: warning: empty.ndjson is empty: it holds no records\n",
    });
  });

  it("exits 3 for an input that cannot be read, after the others", async () => {
    const result = await run(["sign", "--key", "keys/dopa-sig.private.jwk", "missing.json", MAE_SOT]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe("tipx: cannot read missing.json: no such file\n");
    expect(jsonLines(result.stdout)).toHaveLength(1);
  });

  it("refuses --out naming an input, and reports an --out that cannot be written", async () => {
    await writeFile(path.join(dir.path, "same.json"), await readFile(MAE_SOT));
    const same = await run(["sign", "--key", "keys/dopa-sig.private.jwk", "--out", "./same.json", "same.json"]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("--out ./same.json is also an input");
    expect(await readFile(path.join(dir.path, "same.json"), "utf8")).toBe(await readFile(MAE_SOT, "utf8"));
    const folder = await run(["sign", "--key", "keys/dopa-sig.private.jwk", "--out", "keys", MAE_SOT]);
    expect(folder).toEqual({ code: 3, stdout: "", stderr: "tipx: cannot write keys: it is a folder, not a file\n" });
  });

  it("reads standard input with -", async () => {
    const result = await run(["sign", "--key", "keys/dopa-sig.private.jwk", "-"], await readFile(MAE_SOT, "utf8"));
    expect(result.code).toBe(0);
    const verified = await run(["verify", "--trust", "trust.json", "-"], result.stdout);
    expect(verified.stdout).toMatch(/^<stdin> {2}verified\n/);
  });
});

describe("keys generate", () => {
  it.each([
    ["th-dopa", "th-dopa"],
    ["Department of Provincial Administration", "Department-of-Provincial-Administration"],
    ["../../etc/passwd", "etc-passwd"],
    ["กรมการปกครอง", "กรมการปกครอง"],
    ["a\u001b[2Jb", "a-2Jb"],
  ])("names the files of %j after %j", (org, stem) => {
    expect(keyFileStem(org)).toBe(stem);
  });

  it("refuses an organisation with no letter or digit", async () => {
    const result = await run(["keys", "generate", "--org", "../", "--use", "sig", "--out", "keys"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--org must hold a letter or a digit");
  });

  it("writes the organisation's name in the keys, and the key id asked for", async () => {
    const org = "Department of Provincial Administration";
    const result = await run([
      "keys",
      "generate",
      "--org",
      org,
      "--use",
      "sig",
      "--kid",
      "dopa-2025",
      "--out",
      "named",
    ]);
    expect(result.code).toBe(0);
    const publicJwk = await readJson("named/Department-of-Provincial-Administration-sig.public.jwk");
    expect(publicJwk).toMatchObject({ org, kid: "dopa-2025" });
    secrets.push(String((await readJson("named/Department-of-Provincial-Administration-sig.private.jwk"))["d"]));
  });
});
