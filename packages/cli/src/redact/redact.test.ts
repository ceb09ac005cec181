import { readFileSync } from "node:fs";
import { chmod, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PSEUDONYM_KEY_MIN_BYTES as LIBRARY_MIN_BYTES } from "@tipx/privacy";
import { type Bundle, CONSENT_PURPOSES, validate } from "@tipx/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonLines, runCli, type TempDir, tempDir } from "../_test/harness";
import { PURPOSE_CHOICES } from "../choices";
import { PSEUDONYM_KEY_MIN_BYTES } from "./pseudonym-key-file";
import type { RedactReportLine } from "./redact-command";

const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));
const MAE_SOT = path.join(EXAMPLES, "bundles/mae-sot-interception.json");
const INVALID = path.join(EXAMPLES, "bundles/invalid-intake.json");
const bundle = JSON.parse(readFileSync(MAE_SOT, "utf8")) as Bundle;
const persons = bundle.entities.filter((entity) => entity.type === "Person");

/** Every name, identity document number, phone, e-mail and street line of the input's persons. */
const personalValues = persons.flatMap((person) => [
  ...Object.values(person.names ?? {}).filter((value): value is string => typeof value === "string"),
  ...(person.identityDocuments ?? []).flatMap((document) => (document.number === undefined ? [] : [document.number])),
  ...(person.phones ?? []).map((phone) => (typeof phone === "string" ? phone : JSON.stringify(phone))),
  ...(person.email === undefined ? [] : [String(person.email)]),
  ...(person.address?.lines ?? []),
]);
/** A 32-byte key whose bytes are all printable, so that a message repeating it would show. */
const KEY = "tipx-test-pseudonym-key-32-bytes";

let dir: TempDir;
async function run(argv: readonly string[]) {
  return runCli(argv, { cwd: dir.path });
}

beforeAll(async () => {
  dir = await tempDir();
  await chmod(await dir.write("pseudonym.key", KEY), 0o600);
  await chmod(await dir.write("other.key", "another-pseudonym-key-of-32-byte"), 0o600);
  await chmod(await dir.write("short.key", "tipx-short-key"), 0o600);
  await chmod(await dir.write("open.key", KEY), 0o644);
});
afterAll(async () => {
  await dir.remove();
});

describe("tipx redact --purpose statistics on the Mae Sot interception", () => {
  it("writes a valid bundle with no name, document number, phone, e-mail or street line of the input", async () => {
    expect(personalValues.length).toBeGreaterThan(40);
    const result = await run(["redact", "--purpose", "statistics", "--report", "report.jsonl", MAE_SOT]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    for (const value of personalValues) expect(result.stdout).not.toContain(value);
    const redacted = JSON.parse(result.stdout) as Bundle;
    expect(redacted.purpose).toBe("statistics");
    expect(validate(redacted).issues.filter((issue) => issue.severity === "error")).toEqual([]);
    // The ids stay as they were without a key.
    expect(redacted.entities.map((entity) => entity.id)).toEqual(bundle.entities.map((entity) => entity.id));

    const report = await readFile(path.join(dir.path, "report.jsonl"), "utf8");
    for (const value of personalValues) expect(report).not.toContain(value);
    const [line, ...rest] = jsonLines(report) as RedactReportLine[];
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ formatVersion: "1", file: MAE_SOT, purpose: "statistics" });
    expect(line).not.toHaveProperty("pseudonyms");
    expect(line?.redaction.removed).toContainEqual({
      path: "entities[].names",
      count: persons.filter((p) => p.names).length,
    });
    expect(line?.redaction.removed.find((r) => r.path === "entities[].identityDocuments")?.count).toBeGreaterThan(0);
    expect(((await stat(path.join(dir.path, "report.jsonl"))).mode & 0o777).toString(8)).toBe("600");
  });

  it("with --key-file, pseudonymises the ids, the same across runs and different with another key", async () => {
    const first = await run([
      "redact",
      "--purpose",
      "statistics",
      "--key-file",
      "pseudonym.key",
      "--report",
      "keyed.jsonl",
      MAE_SOT,
    ]);
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: "" });
    const second = await run(["redact", "--purpose", "statistics", "--key-file", "pseudonym.key", MAE_SOT]);
    expect(second.stdout).toBe(first.stdout);
    const other = await run(["redact", "--purpose", "statistics", "--key-file", "other.key", MAE_SOT]);
    expect(other.stdout).not.toBe(first.stdout);

    const pseudonymised = JSON.parse(first.stdout) as Bundle;
    const inputIds = bundle.entities.map((entity) => entity.id);
    const ids = pseudonymised.entities.map((entity) => entity.id);
    expect(ids).toHaveLength(inputIds.length);
    for (const id of inputIds) expect(first.stdout).not.toContain(id);
    for (const value of [...personalValues, KEY]) expect(first.stdout).not.toContain(value);
    expect(validate(pseudonymised).issues.filter((issue) => issue.severity === "error")).toEqual([]);

    const report = await readFile(path.join(dir.path, "keyed.jsonl"), "utf8");
    expect(report).not.toContain(KEY);
    const [line] = jsonLines(report) as RedactReportLine[];
    expect(line?.pseudonyms?.ids).toBe(inputIds.length);
  });

  it("writes NDJSON for NDJSON input, and --out to a file of mode 0600", async () => {
    const ndjson = await dir.write("two.ndjson", `${JSON.stringify(bundle)}\n${JSON.stringify(bundle)}\n`);
    const result = await run(["redact", "--purpose", "research", "--out", "research.ndjson", ndjson]);
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });
    const written = await readFile(path.join(dir.path, "research.ndjson"), "utf8");
    const lines = jsonLines(written) as Bundle[];
    expect(lines.map((line) => line.purpose)).toEqual(["research", "research"]);
    expect(((await stat(path.join(dir.path, "research.ndjson"))).mode & 0o777).toString(8)).toBe("600");
  });
});

describe("tipx redact: keys and errors", () => {
  it("refuses a short key file with exit 2 and a message that names the file, not the key", async () => {
    const result = await run(["redact", "--purpose", "statistics", "--key-file", "short.key", MAE_SOT]);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: "" });
    expect(result.stderr).toContain("short.key");
    expect(result.stderr).toContain("at least 32");
    expect(result.stderr).not.toContain("tipx-short-key");
    expect(result.stderr).toMatchInlineSnapshot(`
      "tipx: short.key is too short for a pseudonym key: it holds 14 bytes, and a key is at least 32 random bytes (make one with head -c 32 /dev/urandom)
      "
    `);
  });

  it("refuses a missing key file with exit 2, before reading any bundle", async () => {
    const result = await run(["redact", "--purpose", "statistics", "--key-file", "missing.key", MAE_SOT]);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: "" });
    expect(result.stderr).toContain("missing.key");
  });

  it("warns, as tipx sign does, when the key file is open to other users, and never prints the key", async () => {
    const result = await run(["redact", "--purpose", "statistics", "--key-file", "open.key", MAE_SOT]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("chmod 600 open.key");
    expect(result.stderr + result.stdout).not.toContain(KEY);
  });

  it("has no option that takes a key: a key given as an argument is refused without being repeated", async () => {
    for (const option of ["--key", "--pseudonym-key", "--secret"]) {
      const result = await run(["redact", "--purpose", "statistics", option, KEY, MAE_SOT]);
      expect(result.code, option).toBe(2);
      expect(result.stderr).not.toContain(KEY);
    }
    const inline = await run(["redact", "--purpose", "statistics", "--key-file", '{"k":"c2VjcmV0"}', MAE_SOT]);
    expect(inline.code).toBe(2);
    expect(inline.stderr).not.toContain("c2VjcmV0");
  });

  it("reports an invalid bundle as tipx validate does, writes nothing for it, and exits 1", async () => {
    const result = await run(["redact", "--purpose", "statistics", INVALID]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/TIPX\d{3}/);
    expect(result.stderr).toContain("1 of 1 bundle could not be redacted");
  });

  it("needs --purpose, one of the consent purposes", async () => {
    expect([...PURPOSE_CHOICES]).toEqual([...CONSENT_PURPOSES]);
    expect(PSEUDONYM_KEY_MIN_BYTES).toBe(LIBRARY_MIN_BYTES);
    expect((await run(["redact", MAE_SOT])).code).toBe(2);
    const wrong = await run(["redact", "--purpose", "marketing", MAE_SOT]);
    expect(wrong.code).toBe(2);
    for (const choice of PURPOSE_CHOICES) expect(wrong.stderr).toContain(choice);
  });

  it("speaks Thai and Spanish", async () => {
    for (const [lang, pattern] of [
      ["th", /[\u0E00-\u0E7F]/],
      ["es", /demasiado corto/],
    ] as const) {
      const result = await run([
        "redact",
        "--lang",
        lang,
        "--purpose",
        "statistics",
        "--key-file",
        "short.key",
        MAE_SOT,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(pattern);
    }
  });
});
