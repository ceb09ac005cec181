import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bundleWithBadUuid,
  bundleWithDanglingOwner,
  minimalBundle,
  uuid,
} from "../../schema/src/validate/_test-bundles";
import { jsonLines, ndjson, runCli, type TempDir, tempDir } from "./_test/harness";
import {
  JSON_OUTPUT_FORMAT_VERSION,
  type ValidateJsonLine,
  type ValidateRecordLine,
  type ValidateUnreadableLine,
} from "./index";

// The schema as a user of the package gets it: through the `./json-output.schema.json` export.
const schemaPath = createRequire(import.meta.url).resolve("@tipx/cli/json-output.schema.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  files: string[];
  exports: Record<string, unknown>;
};

/**
 * A copy of `node` in which every object schema with `properties` allows no others: the published
 * schema lets lines gain properties (for forward compatibility), this one checks that it names every
 * property tipx writes today.
 */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (typeof node !== "object" || node === null) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)]));
  return "properties" in copy ? { ...copy, additionalProperties: false } : copy;
}

function validator(jsonSchema: unknown): (line: unknown) => string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(jsonSchema as Record<string, unknown>);
  return (line) => (validate(line) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

const published = validator(schema);
const strict = validator({ ...(closed(schema) as Record<string, unknown>), $id: "urn:tipx:json-output:closed" });

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

/** Runs `tipx validate --format json` with `args` and returns its lines, each checked against the schema. */
async function checkedLines(args: readonly string[], stdin?: string): Promise<ValidateJsonLine[]> {
  const result = await runCli(["validate", "--format", "json", ...args], stdin === undefined ? {} : { stdin });
  const lines = jsonLines(result.stdout);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(published(line), JSON.stringify(line)).toEqual([]);
    expect(strict(line), JSON.stringify(line)).toEqual([]);
  }
  return lines as ValidateJsonLine[];
}

describe("json-output.schema.json", () => {
  it("is a draft 2020-12 schema with an $id, published with the package", () => {
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["$id"]).toMatch(/^https:\/\/tipx\.dev\/.+\.json$/);
    expect(manifest.files).toContain("json-output.schema.json");
    expect(manifest.exports["./json-output.schema.json"]).toBe("./json-output.schema.json");
  });

  it("describes every line of a run over valid, invalid and unreadable inputs", async () => {
    const valid = await dir.write("valid.json", minimalBundle());
    const invalid = await dir.write("invalid.json", bundleWithDanglingOwner());
    const mixed = await dir.write(
      "mixed.ndjson",
      ndjson(minimalBundle(1), '{"tipx": "1.0", "id": ', bundleWithBadUuid(), { ...minimalBundle(4), id: 4 }),
    );
    const tooLong = await dir.write("too-long.ndjson", ndjson({ ...minimalBundle(5), note: "x".repeat(2000) }));
    const folder = `${dir.path}/a-folder`;
    await mkdir(folder, { recursive: true });
    const missing = `${dir.path}/missing.json`;
    const lines = await checkedLines(
      ["--max-line-bytes", "1024", valid, invalid, mixed, missing, folder, tooLong, "-"],
      JSON.stringify(minimalBundle(6)),
    );
    expect(lines.map((line) => ("ok" in line ? "record" : "unreadable" in line ? "unreadable" : "summary"))).toEqual([
      ...Array(6).fill("record"),
      "unreadable",
      "unreadable",
      "record",
      "unreadable",
      "record",
      "summary",
    ]);
    const records = lines.filter((line): line is ValidateRecordLine => "ok" in line);
    expect(records.map((record) => [record.file, record.line, record.id, record.ok])).toEqual([
      [valid, 1, uuid(1), true],
      [invalid, 1, uuid(4), false],
      [mixed, 1, uuid(1), true],
      [mixed, 2, undefined, false], // not JSON: nothing to read an id from
      [mixed, 3, "not-a-uuid", false], // the id as the record has it, invalid or not
      [mixed, 4, undefined, false], // not a string
      [tooLong, 1, undefined, false], // over the limit: never read
      ["-", 1, uuid(6), true],
    ]);
    const unreadable = lines.filter((line): line is ValidateUnreadableLine => "unreadable" in line);
    expect(unreadable.map(({ file, unreadable: { reason, message, ...details } }) => [file, reason, details])).toEqual([
      [missing, "missing", {}],
      [folder, "directory", {}],
      [tooLong, "over-limit", { limit: 1024 }],
    ]);
    expect(unreadable[0]?.unreadable.message).toContain(missing);
    expect(lines.at(-1)).toEqual({
      formatVersion: JSON_OUTPUT_FORMAT_VERSION,
      summary: {
        files: 7,
        records: 8,
        valid: 3,
        invalid: 5,
        errors: expect.any(Number),
        warnings: expect.any(Number),
        unreadable: 3,
      },
    });
  });

  it("describes the lines of a --quiet run, in another language", async () => {
    const invalid = await dir.write("quiet-invalid.json", bundleWithDanglingOwner());
    const lines = await checkedLines(["--quiet", "--lang", "th", invalid, `${dir.path}/nowhere.json`]);
    expect(lines.map((line) => Object.keys(line)[1])).toEqual(["line", "unreadable", "summary"]);
    const unreadable = lines[1] as ValidateUnreadableLine;
    expect(unreadable.unreadable.reason).toBe("missing");
    expect(unreadable.unreadable.message).toMatch(/[\u0E00-\u0E7F]/); // in Thai, like the issues
  });

  it("repeats a short string id only, escaping control characters, and nothing else of the record", async () => {
    const file = await dir.write(
      "ids.ndjson",
      ndjson(
        { ...minimalBundle(), id: "case\u001b[2J\u202Eid" },
        { ...minimalBundle(), id: "x".repeat(100) },
        { ...minimalBundle(), id: "x".repeat(101) },
        { ...minimalBundle(), id: { name: "Somchai" } },
        { tipx: "1.0", sender: { name: "Somchai" } },
        "[1, 2]",
      ),
    );
    const result = await runCli(["validate", "--format", "json", file]);
    // The escapes are JSON escapes: the line holds no control character, and parses back to the id.
    expect(result.stdout).not.toContain("\u001b");
    expect(result.stdout).not.toContain("\u202e");
    const ids = jsonLines(result.stdout)
      .filter((line): line is ValidateRecordLine => typeof line === "object" && line !== null && "ok" in line)
      .map((line) => line.id);
    expect(ids).toEqual(["case\u001b[2J\u202Eid", "x".repeat(100), undefined, undefined, undefined, undefined]);
    expect(result.stdout).not.toContain("Somchai");
  });
});
