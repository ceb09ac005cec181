// Writes packages/<name>/api-report.md: the public surface of each workspace package, read from the
// entry points its package.json `exports` lists under the "@tipx/source" condition, one line or short
// block per export. A diff of that file in review shows every change to the API.
//
//   pnpm run api-report            writes the reports
//   pnpm run api-report --check    exits 1, naming the stale packages, when a report differs
//
// It reads the sources with the TypeScript compiler API (no build, no .d.ts): @microsoft/api-extractor
// needs a declaration build first, which is too slow for `pnpm test`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PACKAGES = path.join(ROOT, "packages");
/** Longer types are printed as their name with `<…>` and, for objects, their keys. */
const MAX_TYPE_LENGTH = 200;
const TYPE_FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

/** One package's API report. */
export interface ApiReport {
  /** The package name, such as `@tipx/schema`. */
  readonly name: string;
  /** The report's path, relative to the repository root. */
  readonly file: string;
  /** The report's text. */
  readonly text: string;
}

interface PackageEntries {
  readonly name: string;
  readonly dir: string;
  /** Export subpath (".", "./x") to the absolute path of its source entry. */
  readonly entries: ReadonlyArray<readonly [subpath: string, file: string]>;
}

function sourceEntries(exports: unknown, dir: string): [string, string][] {
  if (typeof exports !== "object" || exports === null) return [];
  const out: [string, string][] = [];
  for (const [subpath, target] of Object.entries(exports)) {
    if (typeof target !== "object" || target === null) continue;
    const source = (target as Record<string, unknown>)["@tipx/source"];
    if (typeof source === "string") out.push([subpath, path.join(dir, source)]);
  }
  return out.sort(([a], [b]) => a.localeCompare(b));
}

function workspacePackages(): PackageEntries[] {
  return readdirSync(PACKAGES)
    .sort()
    .map((folder) => path.join(PACKAGES, folder))
    .filter((dir) => existsSync(path.join(dir, "package.json")))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
        name: string;
        exports?: unknown;
      };
      return { name: manifest.name, dir, entries: sourceEntries(manifest.exports, dir) };
    })
    .filter((pkg) => pkg.entries.length > 0);
}

function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, configFile);
  return { ...parsed.options, noEmit: true };
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** A declaration as source text, without comments, bodies or `export`/`declare` modifiers. */
function declarationText(node: ts.Node): string {
  const text = printer.printNode(ts.EmitHint.Unspecified, node, node.getSourceFile());
  return text
    .replace(/^(export\s+)?(declare\s+)?/, "")
    .replace(/^((?: {4})+)/gm, (indent) => " ".repeat(indent.length / 2));
}

/**
 * A type, printed in full when short, else as its name with `<…>` and, for an object, its keys. A zod
 * type that holds an object or a union is always shortened: the order TypeScript prints a union in
 * depends on the whole program, and the report must not change when an unrelated file does.
 */
function compactType(checker: ts.TypeChecker, type: ts.Type, where: ts.Node | undefined): string {
  const full = checker.typeToString(type, where, TYPE_FLAGS);
  const zod = /^(z\.)?Zod/.test(full);
  if (full.length <= MAX_TYPE_LENGTH && !(zod && /[{|]/.test(full))) return full;
  const name = type.aliasSymbol?.name ?? type.getSymbol()?.name;
  const named = name !== undefined && !name.startsWith("__");
  const head = named
    ? `${name}${full.includes("<") ? "<…>" : ""}`
    : full.startsWith("readonly [")
      ? "readonly […]"
      : full.startsWith("[")
        ? "[…]"
        : "{…}";
  if (checker.isTupleType(type))
    return `${head} (${checker.getTypeArguments(type as ts.TypeReference).length} elements)`;
  const propertyType = (property: string): ts.Type | undefined => {
    const symbol = type.getProperty(property);
    return symbol !== undefined && where !== undefined ? checker.getTypeOfSymbolAtLocation(symbol, where) : undefined;
  };
  // A zod object: the keys of its shape, in declaration order; a zod enum: its values, sorted.
  const shape = zod ? propertyType("shape") : undefined;
  if (shape !== undefined)
    return `${head} with keys ${shape
      .getProperties()
      .map((p) => p.name)
      .join(", ")}`;
  const values = zod ? propertyType("enum") : undefined;
  if (values !== undefined)
    return `${head} with values ${limitList(
      values
        .getProperties()
        .map((p) => p.name)
        .sort(),
    )}`;
  const keys = type.getProperties().map((property) => property.name);
  return keys.length === 0 || named ? head : `${head} with keys ${limitList(keys)}`;
}

function limitList(keys: readonly string[]): string {
  const out: string[] = [];
  let length = 0;
  for (const key of keys) {
    if (length + key.length > MAX_TYPE_LENGTH) {
      out.push(`… ${keys.length - out.length} more`);
      break;
    }
    out.push(key);
    length += key.length + 2;
  }
  return out.join(", ");
}

function signatureText(checker: ts.TypeChecker, signature: ts.Signature, where: ts.Node): string {
  const typeParameters = (signature.getDeclaration() as ts.SignatureDeclaration | undefined)?.typeParameters ?? [];
  const generics = typeParameters.length === 0 ? "" : `<${typeParameters.map((p) => p.getText()).join(", ")}>`;
  const parameters = signature.getParameters().map((parameter) => {
    const declaration =
      parameter.valueDeclaration !== undefined && ts.isParameter(parameter.valueDeclaration)
        ? parameter.valueDeclaration
        : undefined;
    const optional =
      declaration !== undefined && (declaration.questionToken !== undefined || declaration.initializer !== undefined);
    const rest = declaration?.dotDotDotToken !== undefined;
    const type =
      declaration?.type !== undefined && declaration.type.getText().length <= MAX_TYPE_LENGTH
        ? declaration.type.getText()
        : compactType(checker, checker.getTypeOfSymbolAtLocation(parameter, where), where);
    return `${rest ? "..." : ""}${parameter.name}${optional ? "?" : ""}: ${type}`;
  });
  const declaration = signature.getDeclaration() as ts.SignatureDeclaration | undefined;
  const returnType =
    declaration?.type !== undefined && declaration.type.getText().length <= MAX_TYPE_LENGTH
      ? declaration.type.getText()
      : compactType(checker, checker.getReturnTypeOfSignature(signature), where);
  return `${generics}(${parameters.join(", ")}): ${returnType}`;
}

/** The lines describing one exported name (one per meaning: a value and a type may share a name). */
function describeExport(checker: ts.TypeChecker, exported: ts.Symbol): string[] {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const name = exported.name;
  const out: string[] = [];
  const declarations = symbol.getDeclarations() ?? [];
  for (const declaration of declarations) {
    if (ts.isFunctionDeclaration(declaration)) {
      if (
        declaration.body !== undefined &&
        declarations.some(
          (other) => other !== declaration && ts.isFunctionDeclaration(other) && other.body === undefined,
        )
      )
        continue; // implementation of overloads
      const signature = checker.getSignatureFromDeclaration(declaration);
      if (signature) out.push(`function ${name}${signatureText(checker, signature, declaration)}`);
    } else if (ts.isVariableDeclaration(declaration)) {
      const keyword = declaration.parent.flags & ts.NodeFlags.Const ? "const" : "let";
      const annotation = declaration.type?.getText();
      const type =
        annotation !== undefined && annotation.length <= MAX_TYPE_LENGTH
          ? annotation
          : compactType(checker, checker.getTypeOfSymbolAtLocation(symbol, declaration), declaration);
      out.push(`${keyword} ${name}: ${type}`);
    } else if (
      ts.isInterfaceDeclaration(declaration) ||
      ts.isTypeAliasDeclaration(declaration) ||
      ts.isEnumDeclaration(declaration)
    ) {
      out.push(
        declarationText(declaration).replace(new RegExp(`^(interface|type|enum) ${symbol.name}\\b`), `$1 ${name}`),
      );
    } else if (ts.isClassDeclaration(declaration)) {
      const heritage = declaration.heritageClauses?.map((clause) => clause.getText()).join(" ");
      const members = declaration.members
        .filter(
          (member) =>
            !ts.getCombinedModifierFlags(member as ts.Declaration) ||
            !(
              ts.getCombinedModifierFlags(member as ts.Declaration) &
              (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)
            ),
        )
        .filter((member) => member.name === undefined || !ts.isPrivateIdentifier(member.name))
        .map((member) => {
          const memberName = member.name?.getText() ?? "constructor";
          const memberSymbol = member.name !== undefined ? checker.getSymbolAtLocation(member.name) : undefined;
          if (ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member)) {
            const signature = checker.getSignatureFromDeclaration(member);
            return `  ${memberName}${signature ? signatureText(checker, signature, member) : "()"};`;
          }
          if (ts.isGetAccessorDeclaration(member))
            return `  get ${memberName}(): ${member.type?.getText() ?? "unknown"};`;
          const type =
            memberSymbol !== undefined
              ? compactType(checker, checker.getTypeOfSymbolAtLocation(memberSymbol, member), member)
              : "unknown";
          return `  ${memberName}: ${type};`;
        });
      out.push([`class ${name}${heritage ? ` ${heritage}` : ""} {`, ...members, "}"].join("\n"));
    } else if (ts.isModuleDeclaration(declaration) || ts.isSourceFile(declaration)) {
      const names = checker
        .getExportsOfModule(symbol)
        .map((each) => each.name)
        .sort();
      out.push(`namespace ${name} { ${limitList(names)} }`);
    }
  }
  if (out.length === 0) out.push(`unknown ${name}`);
  return [...new Set(out)];
}

function entryReport(checker: ts.TypeChecker, program: ts.Program, file: string): string[] {
  const source = program.getSourceFile(file);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`cannot read the exports of ${file}`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((symbol) => describeExport(checker, symbol).sort());
}

/** Computes the API report of every workspace package whose `exports` has a "@tipx/source" entry. */
export function apiReports(): ApiReport[] {
  const packages = workspacePackages();
  const program = ts.createProgram({
    rootNames: packages.flatMap((pkg) => pkg.entries.map(([, file]) => file)),
    options: compilerOptions(),
  });
  const checker = program.getTypeChecker();
  return packages.map((pkg) => {
    const lines = [
      `# API report: ${pkg.name}`,
      "",
      "<!-- Generated by scripts/api-report.ts from the package's @tipx/source entry points. Do not edit by hand:",
      "     run `pnpm run api-report`. `pnpm test` fails when this file is stale. -->",
    ];
    for (const [subpath, file] of pkg.entries) {
      const relative = path.relative(pkg.dir, file).split(path.sep).join("/");
      lines.push(
        "",
        `## \`${subpath === "." ? pkg.name : `${pkg.name}/${subpath.replace(/^\.\//, "")}`}\` (${relative})`,
        "",
        "```ts",
      );
      lines.push(entryReport(checker, program, file).join("\n\n"));
      lines.push("```");
    }
    return {
      name: pkg.name,
      file: path.relative(ROOT, path.join(pkg.dir, "api-report.md")).split(path.sep).join("/"),
      text: `${lines.join("\n")}\n`,
    };
  });
}

/** What differs between a committed report and a fresh one, as `-`/`+` lines (at most `limit`). */
export function diffSummary(committed: string, fresh: string, limit = 20): string[] {
  const before = committed.split("\n");
  const after = fresh.split("\n");
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  const changes = [
    ...before.filter((line) => !afterSet.has(line)).map((line) => `- ${line}`),
    ...after.filter((line) => !beforeSet.has(line)).map((line) => `+ ${line}`),
  ];
  return changes.length > limit
    ? [...changes.slice(0, limit), `… ${changes.length - limit} more changed lines`]
    : changes;
}

/** The stale reports: each with its package, file and a diff summary. Empty when all are current. */
export function staleReports(
  reports: readonly ApiReport[] = apiReports(),
): { readonly report: ApiReport; readonly diff: readonly string[] }[] {
  return reports.flatMap((report) => {
    const file = path.join(ROOT, report.file);
    const committed = existsSync(file) ? readFileSync(file, "utf8") : "";
    return committed === report.text
      ? []
      : [{ report, diff: committed === "" ? ["(missing)"] : diffSummary(committed, report.text) }];
  });
}

function main(argv: readonly string[]): number {
  const reports = apiReports();
  if (argv.includes("--check")) {
    const stale = staleReports(reports);
    for (const { report, diff } of stale)
      process.stdout.write(`${report.name}: ${report.file} is stale\n${diff.map((line) => `  ${line}`).join("\n")}\n`);
    if (stale.length > 0) process.stdout.write("run `pnpm run api-report` and review the change\n");
    return stale.length === 0 ? 0 : 1;
  }
  for (const report of reports) {
    writeFileSync(path.join(ROOT, report.file), report.text);
    process.stdout.write(`wrote ${report.file}\n`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
