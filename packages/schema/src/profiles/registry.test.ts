import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { IDENTITY_DOCUMENT_KINDS } from "../codelists/identity-documents";
import { IDENTIFIER_KINDS } from "./identifiers/kinds";
import { IDENTIFIER_SPECS } from "./identifiers/specs";
import type { ProfileData } from "./profile";
import { PROFILE_DATA } from "./profile-data";
import { profiles } from "./profiles";
import { PROFILE_CODES, PROFILE_COUNTRIES, PROFILE_DOCUMENT_KINDS } from "./registry";

const PROFILES_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(PROFILES_DIR, "../../../..");

// Where a list of profile codes may be written by hand, and why.
const ALLOWED: Readonly<Record<string, string>> = {
  "packages/schema/src/profiles/registry.ts": "the registry, the one list",
  "packages/schema/src/profiles/profile-data.ts":
    "the countries' full data, which the data-only registry must not import; its type makes the compiler name a missing country",
};

// The files a country's folder must have; calendar.ts only where documents use another calendar than
// the Gregorian one, rules only where a country has rules of its own.
const COUNTRY_FILES = [
  "country.ts",
  "index.ts",
  "identifiers.ts",
  "subdivisions.ts",
  "law.ts",
  "agencies.ts",
  "phone.ts",
  "ages.ts",
  "locales.ts",
  "facts.ts",
];

/**
 * The lists of profile codes written by hand in a TypeScript source: array literals and tuple or union
 * types with two or more of the codes as string literals, and object literals or object types with two
 * or more of them as keys. Each is reported as `file:line: codes`.
 */
function handKeptCodeLists(fileName: string, text: string, codes: readonly string[]): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const literalText = (node: ts.Node): string[] => {
    if (ts.isStringLiteralLike(node)) return [node.text];
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return [node.literal.text];
    return [];
  };
  const keyText = (member: ts.ObjectLiteralElementLike | ts.TypeElement): string[] => {
    const name = member.name;
    return name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) ? [name.text] : [];
  };
  const visit = (node: ts.Node): void => {
    let named: string[] = [];
    if (ts.isArrayLiteralExpression(node)) named = node.elements.flatMap(literalText);
    else if (ts.isTupleTypeNode(node)) named = node.elements.flatMap(literalText);
    else if (ts.isUnionTypeNode(node)) named = node.types.flatMap(literalText);
    else if (ts.isObjectLiteralExpression(node)) named = node.properties.flatMap(keyText);
    else if (ts.isTypeLiteralNode(node)) named = node.members.flatMap(keyText);
    const hits = [...new Set(named.filter((name) => codes.includes(name)))];
    if (hits.length >= 2) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push(`${fileName}:${line}: ${hits.join(", ")}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return name.endsWith(".ts") && !/\.test(-d|-helpers)?\.ts$/.test(name) ? [file] : [];
  });
}

describe("the registry of profile countries", () => {
  it.each<[string, { given: string; want: string[] }]>([
    ["an array of codes", { given: 'const codes = ["TH", "LR"] as const;', want: ["x.ts:1: TH, LR"] }],
    ["an object keyed by code", { given: "const plans = {\n  TH: 1,\n  AR: 2,\n};", want: ["x.ts:1: TH, AR"] }],
    [
      "quoted keys and a union type",
      { given: 'type T = { "PY": 1; "LR": 2 };\nlet c: "TH" | "AR";', want: ["x.ts:1: PY, LR", "x.ts:2: TH, AR"] },
    ],
    ["one code, or codes in a comment", { given: '// ["TH", "LR"]\nconst home = { country: "TH" };', want: [] }],
  ])("finds hand-kept lists of codes: %s", (_title, { given, want }) => {
    expect(handKeptCodeLists("x.ts", given, PROFILE_CODES)).toEqual(want);
  });

  it("is the only list of profile codes kept by hand in packages/*/src and packages/schema/scripts", () => {
    const roots = [
      ...readdirSync(path.join(REPO_ROOT, "packages")).map((name) => path.join(REPO_ROOT, "packages", name, "src")),
      path.join(REPO_ROOT, "packages/schema/scripts"),
    ].filter((dir) => existsSync(dir));
    const found = roots
      .flatMap(sourceFiles)
      .map((file) => [path.relative(REPO_ROOT, file).split(path.sep).join("/"), readFileSync(file, "utf8")] as const)
      .filter(([file, text]) => ALLOWED[file] === undefined && !text.startsWith("// Generated by"))
      .flatMap(([file, text]) => handKeptCodeLists(file, text, PROFILE_CODES));
    expect(found).toEqual([]);
  });

  it("lists each country once, and each identity document kind under one country with its code as prefix", () => {
    expect(new Set(PROFILE_CODES).size).toBe(PROFILE_CODES.length);
    expect(new Set(PROFILE_DOCUMENT_KINDS).size).toBe(PROFILE_DOCUMENT_KINDS.length);
    for (const country of PROFILE_COUNTRIES) {
      for (const kind of Object.keys(country.identityDocuments))
        expect(kind.startsWith(`${country.code}-`), kind).toBe(true);
    }
  });

  it("is where the document kinds come from: every country's kinds are identity document and identifier kinds", () => {
    const kinds = PROFILE_COUNTRIES.flatMap((country) => Object.keys(country.identityDocuments));
    expect([...PROFILE_DOCUMENT_KINDS].sort()).toEqual([...kinds].sort());
    expect(IDENTITY_DOCUMENT_KINDS).toEqual(expect.arrayContaining(kinds));
    expect([...IDENTIFIER_KINDS]).toEqual([...PROFILE_DOCUMENT_KINDS, "passport"]);
  });

  it("has a folder for every country and no folder without an entry", () => {
    const folders = readdirSync(PROFILES_DIR).filter(
      (name) => /^[a-z]{2}$/.test(name) && statSync(path.join(PROFILES_DIR, name)).isDirectory(),
    );
    expect(folders.sort()).toEqual(PROFILE_CODES.map((code) => code.toLowerCase()).sort());
  });

  describe.each(PROFILE_COUNTRIES.map((country) => [country.code, country] as const))("%s", (code, country) => {
    const folder = path.join(PROFILES_DIR, code.toLowerCase());

    it("has a complete folder", () => {
      expect(COUNTRY_FILES.filter((file) => !existsSync(path.join(folder, file)))).toEqual([]);
    });

    it("has an index that exports the profile data PROFILE_DATA and profiles use", async () => {
      const index: Record<string, unknown> = await import(`./${code.toLowerCase()}/index.ts`);
      const exported = Object.values(index).filter(
        (value): value is ProfileData => typeof value === "object" && value !== null && "code" in value,
      );
      expect(exported.map((data) => data.code)).toEqual([code]);
      expect(PROFILE_DATA[code]).toBe(exported[0]);
      expect(profiles[code].code).toBe(code);
    });

    it("keeps every fact under its own code", () => {
      const data = PROFILE_DATA[code];
      expect(data.country.alpha2).toBe(code);
      expect(data.phone.country).toBe(code);
      expect(data.locales.map((locale) => locale.country)).toEqual(data.locales.map(() => code));
      expect([data.subdivisions.id, data.law.id, data.agencies.id]).toEqual([
        `iso3166-2.${code}`,
        `law.${code}`,
        `agencies.${code}`,
      ]);
      for (const list of [data.subdivisions, data.law, data.agencies]) {
        expect(list.codes.filter((item) => !item.startsWith(`${code}-`))).toEqual([]);
      }
    });

    it("checks each of its identity documents, then passports", () => {
      const own = Object.keys(country.identityDocuments);
      expect(PROFILE_DATA[code].identifiers.map((spec) => spec.kind)).toEqual([...own, "passport"]);
      for (const kind of own) expect(IDENTIFIER_SPECS[kind as keyof typeof IDENTIFIER_SPECS].country).toBe(code);
    });
  });
});
