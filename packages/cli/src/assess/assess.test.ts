import { readFileSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHECKLISTS } from "@tipx/indicators";
import { type Bundle, validate } from "@tipx/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSI, jsonLines, runCli, type TempDir, tempDir } from "../_test/harness";
import { INSTRUMENT_CHOICES } from "../choices";
import type { AssessPersonLine, AssessSummaryLine } from "./assess-report";

const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const EXAMPLES = path.join(REPO_ROOT, "examples");
const MAE_SOT = path.join(EXAMPLES, "bundles/mae-sot-interception.json");
const MAE_SOT_NDJSON = path.join(EXAMPLES, "mae-sot.ndjson");
const INVALID = path.join(EXAMPLES, "bundles/invalid-intake.json");

const bundle = JSON.parse(readFileSync(MAE_SOT, "utf8")) as Bundle;
const persons = bundle.entities.filter((entity) => entity.type === "Person");
const victims = new Set(
  bundle.entities.flatMap((entity) =>
    entity.type === "Case"
      ? entity.parties.filter((party) => party.roles.includes("presumed-victim")).map((party) => party.person)
      : [],
  ),
);
const suspects = persons.map((person) => person.id).filter((id) => !victims.has(id));

/** Every string a Person holds that is not a code or an id: its names and document numbers. */
const personalTexts = persons.flatMap((person) => [
  ...Object.values(person.names ?? {}).filter((value): value is string => typeof value === "string"),
  ...(person.identityDocuments ?? []).map((document) => document.number).filter((n): n is string => n !== undefined),
]);

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

describe("tipx assess on the Mae Sot interception", () => {
  it("assesses the 11 presumed victims by id, each indicated under palermo, and leaves out the 2 suspects", async () => {
    expect(victims.size).toBe(11);
    expect(suspects).toHaveLength(2);
    const result = await runCli(["assess", MAE_SOT]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    const heads = [...result.stdout.matchAll(/^(\S+) {2}person (\S+) {2}(.+)$/gm)];
    expect(heads.map((head) => head[2]).sort()).toEqual([...victims].sort());
    expect(new Set(heads.map((head) => head[3]))).toEqual(new Set(["indicated"]));
    expect(new Set(heads.map((head) => head[1]))).toEqual(new Set([MAE_SOT]));
    for (const id of suspects) expect(result.stdout).not.toContain(id);
    expect(result.stdout).toContain("Rule applied:");
    expect(result.stdout).toContain("not an identification");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe(
      "1 file, 1 bundle: 1 assessed, 0 invalid; 11 persons: 11 indicated, 0 not indicated, 0 inconclusive",
    );
  });

  it("prints one JSON line per person and a summary, with no name or document number of the bundle", async () => {
    expect(personalTexts.length).toBeGreaterThan(40);
    const result = await runCli(["assess", "--format", "json", MAE_SOT]);
    expect(result.code).toBe(0);
    for (const text of personalTexts) expect(result.stdout).not.toContain(text);
    const lines = jsonLines(result.stdout);
    const people = lines.slice(0, -1) as AssessPersonLine[];
    expect(people).toHaveLength(11);
    for (const line of people) {
      expect(line).toMatchObject({
        formatVersion: "1",
        file: MAE_SOT,
        instrument: "palermo",
        profile: "TH",
        classification: "indicated",
      });
      expect(line).not.toHaveProperty("line");
      expect(Object.keys(line)).toEqual([
        "formatVersion",
        "file",
        "person",
        "case",
        "instrument",
        "profile",
        "classification",
        "rule",
        "elements",
        "findings",
        "unknowns",
        "explanation",
      ]);
      expect(line.findings.length).toBeGreaterThan(0);
      for (const finding of line.findings) expect(finding.item).toMatch(/^palermo\//);
    }
    expect(people.map((line) => line.person).sort()).toEqual([...victims].sort());
    expect(lines.at(-1) as AssessSummaryLine).toEqual({
      formatVersion: "1",
      summary: {
        files: 1,
        records: 1,
        assessed: 1,
        invalid: 0,
        persons: 11,
        indicated: 11,
        notIndicated: 0,
        inconclusive: 0,
        unreadable: 0,
      },
    });
  });

  it("prints Thai with --lang th: the classification, the explanation and the item labels", async () => {
    const english = await runCli(["assess", MAE_SOT]);
    const thai = await runCli(["assess", "--lang", "th", MAE_SOT]);
    expect(thai.code).toBe(0);
    expect(thai.stdout).toContain("พบข้อบ่งชี้");
    const explanations = thai.stdout
      .split("\n")
      .filter((line) => /^ {2}\S/.test(line) && !/^ {2}(yes|no|unknown) /.test(line));
    for (const line of explanations) expect(line).toMatch(/[\u0E00-\u0E7F]/);
    for (const text of personalTexts) expect(thai.stdout).not.toContain(text);
    // The same persons, items and statuses in both languages: only the words change.
    const items = (text: string) => [...text.matchAll(/^ {2}(yes|no|unknown) +(\S+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(items(thai.stdout)).toEqual(items(english.stdout));
    expect(thai.stdout).not.toBe(english.stdout);
  });

  it("runs the other instruments, and --profile overrides the bundle's own", async () => {
    for (const instrument of INSTRUMENT_CHOICES) {
      const result = await runCli([
        "assess",
        "--format",
        "json",
        "--instrument",
        instrument,
        "--profile",
        "AR",
        MAE_SOT,
      ]);
      expect(result.code, result.stderr).toBe(0);
      const people = jsonLines(result.stdout).slice(0, -1) as AssessPersonLine[];
      expect(people).toHaveLength(11);
      for (const line of people) expect(line).toMatchObject({ instrument, profile: "AR" });
    }
  });

  it("reads NDJSON, names each bundle by its line, and reports a line that is not JSON as tipx validate does", async () => {
    const result = await runCli(["assess", "--format", "json", MAE_SOT_NDJSON]);
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout) as Record<string, unknown>[];
    const people = lines.filter((line) => "person" in line) as unknown as AssessPersonLine[];
    expect(people.length).toBeGreaterThan(0);
    // Line 1 is the Mae Sot bundle, line 2 a bundle with errors, line 3 a line cut short.
    expect(new Set(people.map((line) => line.line))).toEqual(new Set([1]));
    expect(lines).toContainEqual(expect.objectContaining({ file: MAE_SOT_NDJSON, line: 2, ok: false }));
    expect(lines).toContainEqual(
      expect.objectContaining({
        file: MAE_SOT_NDJSON,
        line: 3,
        ok: false,
        issues: [expect.objectContaining({ code: "TIPX101" })],
      }),
    );
    expect((lines.at(-1) as unknown as AssessSummaryLine).summary).toMatchObject({
      records: 3,
      assessed: 1,
      invalid: 2,
    });
    const text = await runCli(["assess", MAE_SOT_NDJSON]);
    expect(text.stdout).toMatch(
      new RegExp(`^${MAE_SOT_NDJSON.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} line 1 {2}person `, "m"),
    );
    expect(text.stdout).toMatch(/^ {2}line 3 {2}error {4}TIPX101 {2}/m);
  });
});

describe("tipx assess --out", () => {
  it("writes the bundle with one Assessment per person into a folder, under the input's name; it validates", async () => {
    const out = path.join(dir.path, "assessed");
    const result = await runCli(["assess", "--out", `${out}/`, MAE_SOT]);
    expect(result.code, result.stderr).toBe(0);
    const file = path.join(out, "mae-sot-interception.json");
    expect(result.stdout).toContain(`wrote ${out}/mae-sot-interception.json (11 assessments added)`);
    const written = JSON.parse(await readFile(file, "utf8")) as Bundle;
    expect(written.entities).toHaveLength(bundle.entities.length + 11);
    expect(written.entities.slice(0, bundle.entities.length)).toEqual(bundle.entities);
    const assessments = written.entities.filter((entity) => entity.type === "Assessment");
    expect(assessments.map((assessment) => assessment.subject).sort()).toEqual([...victims].sort());
    const check = validate(written);
    expect(check.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(check.ok).toBe(true);
    // The bundle holds personal data: the file is its owner's alone.
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = await runCli(["validate", file]);
    expect(again.code).toBe(0);
  });

  it("writes to a file when there is one input, and never over an input", async () => {
    const file = path.join(dir.path, "one.json");
    const result = await runCli(["assess", "--format", "json", "--out", file, MAE_SOT]);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(await readFile(file, "utf8")) as Bundle).entities).toHaveLength(bundle.entities.length + 11);
    expect(jsonLines(result.stdout)).toHaveLength(12);

    const input = await dir.write("input.json", bundle as unknown as Record<string, unknown>);
    const before = await readFile(input, "utf8");
    const same = await runCli(["assess", "--out", input, input]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("is also an input");
    const folder = await runCli(["assess", "--out", dir.path, input]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("would replace the input");
    expect(await readFile(input, "utf8")).toBe(before);
  });

  it("refuses standard input into a folder, and two inputs of the same name", async () => {
    const stdin = await runCli(["assess", "--out", `${dir.path}/x/`, "-"], { stdin: JSON.stringify(bundle) });
    expect(stdin.code).toBe(2);
    await mkdir(path.join(dir.path, "a"));
    await mkdir(path.join(dir.path, "b"));
    const a = await dir.write("a/same.json", "{}");
    const b = await dir.write("b/same.json", "{}");
    const twice = await runCli(["assess", "--out", path.join(dir.path, "y"), a, b]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("two inputs are named same.json");
  });
});

describe("tipx assess inputs and output", () => {
  it("reads standard input, and says when a valid bundle has no victim to assess", async () => {
    const noVictim: Bundle = {
      tipx: "1.1",
      id: "c0ffee00-1234-4abc-8def-0123456789ab",
      createdAt: "2022-04-05T10:00:00+07:00",
      sender: { name: "Shelter" },
      purpose: "case-management",
      entities: [{ type: "Person", id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01" }],
    };
    expect(validate(noVictim).ok).toBe(true);
    const result = await runCli(["assess", "-"], { stdin: JSON.stringify(noVictim) });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^<stdin> {2}no victim or presumed victim to assess$/m);
  });

  it("writes only the valid bundles of an NDJSON file to --out, as NDJSON", async () => {
    const out = path.join(dir.path, "from-ndjson");
    const result = await runCli(["assess", "--out", out, MAE_SOT_NDJSON, MAE_SOT]);
    expect(result.code).toBe(1);
    const written = (await readFile(path.join(out, "mae-sot.ndjson"), "utf8")).trimEnd().split("\n");
    expect(written).toHaveLength(1);
    expect(validate(JSON.parse(written[0] ?? "")).ok).toBe(true);
    expect(result.stdout).toContain(`wrote ${out}${path.sep}mae-sot.ndjson (11 assessments added)`);
    expect(result.stdout).toContain(`wrote ${out}${path.sep}mae-sot-interception.json (11 assessments added)`);
  });

  it("colours the text report only on a terminal, never with NO_COLOR, and never the JSON", async () => {
    expect((await runCli(["assess", MAE_SOT], { isStdoutTTY: true })).stdout).toMatch(ANSI);
    expect((await runCli(["assess", MAE_SOT], { isStdoutTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await runCli(["assess", MAE_SOT])).stdout).not.toMatch(ANSI);
    expect((await runCli(["assess", "--format", "json", MAE_SOT], { isStdoutTTY: true })).stdout).not.toMatch(ANSI);
  });

  it("prints a file name's control characters as escapes", async () => {
    const hostile = await dir.write("evil\u001b[2Jname.json", bundle as unknown as Record<string, unknown>);
    const result = await runCli(["assess", hostile]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toContain("evil\\u001b[2Jname.json  person ");
  });
});

describe("tipx assess exit codes", () => {
  it("exits 1 for an invalid bundle, reported with its issues and not assessed", async () => {
    const result = await runCli(["assess", INVALID]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/invalid-intake\.json {2}invalid\n {2}error {4}TIPX\d{3} /);
    expect(result.stdout).not.toMatch(/ {2}person /);
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe(
      "1 file, 1 bundle: 0 assessed, 1 invalid; 0 persons: 0 indicated, 0 not indicated, 0 inconclusive",
    );
    const json = jsonLines((await runCli(["assess", "--format", "json", INVALID])).stdout) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({ file: INVALID, ok: false });
    expect(json).toHaveLength(2);
  });

  it("exits 2 for an unknown instrument, naming the choices", async () => {
    const result = await runCli(["assess", "--instrument", "hts-2012", MAE_SOT]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    for (const choice of INSTRUMENT_CHOICES) expect(result.stderr).toContain(choice);
  });

  it("exits 3 for a file it cannot read, and still assesses the others", async () => {
    const result = await runCli(["assess", "--format", "json", path.join(dir.path, "missing.json"), MAE_SOT]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("no such file");
    expect((jsonLines(result.stdout).at(-1) as AssessSummaryLine).summary).toMatchObject({
      files: 2,
      unreadable: 1,
      persons: 11,
    });
  });

  it("offers the instruments of @tipx/indicators", () => {
    expect([...INSTRUMENT_CHOICES].sort()).toEqual(CHECKLISTS.map((checklist) => checklist.id).sort());
  });
});

describe("the README of @tipx/cli", () => {
  it("shows the output of tipx assess on the Mae Sot example exactly as it prints", async () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("### `tipx assess"), readme.indexOf("### `tipx explain"));
    const blocks = (fence: string) =>
      [...section.matchAll(new RegExp(`\`\`\`${fence}\n([\\s\\S]*?)\`\`\``, "g"))].map((m) => m[1] ?? "");
    const [head, tail] = blocks("text");
    const [json] = blocks("json");
    const relative = "examples/bundles/mae-sot-interception.json";
    const text = (await runCli(["assess", relative], { cwd: REPO_ROOT })).stdout.split("\n");
    expect(head).toBe(`${text.slice(0, 21).join("\n")}\n`);
    expect(tail).toBe(`${text.at(-2)}\n`);
    const lines = (await runCli(["assess", "--format", "json", relative], { cwd: REPO_ROOT })).stdout.split("\n");
    expect(json).toBe(`${lines[0]}\n${lines.at(-2)}\n`);
  });
});
