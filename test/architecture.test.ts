/**
 * Architecture checks over the import graph of every `packages/*\/src/**\/*.ts` file: no import cycles,
 * and in `@tipx/schema` no module importing from a higher layer. Both value imports and `import type`
 * count: a type-only cycle still ties two modules together for a reader and for a later refactor.
 *
 * @module
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The layers of `packages/schema/src`, lowest first, by folder prefix (relative to `src/`). A module may
 * import only from its own layer or lower ones. `index.ts` is the public surface and sits on top.
 */
const SCHEMA_LAYERS: ReadonlyArray<readonly [prefix: string, layer: number]> = [
  ["codelists/", 0],
  ["metadata/", 0],
  ["model/", 1],
  ["issues/", 2],
  ["profiles/", 3],
  // The rules after the shape: the base rules and the one `Rule` signature that profile rules share.
  ["rules/", 3],
  // Catalogue lookups read the issue definitions, the model's fields and the profiles' code lists.
  ["i18n/", 3],
  ["validate/", 4],
  ["json-schema/", 5],
  ["locales/", 5],
  ["index.ts", 6],
];

/**
 * Modules whose layer is not their folder's, each with the reason. Patterns are matched against the
 * path relative to `packages/schema/src`.
 */
const LAYER_OVERRIDES: ReadonlyArray<{ readonly pattern: RegExp; readonly layer: number; readonly why: string }> = [
  // Data-only country descriptors (names, ISO codes, calling codes): code lists in all but folder, and
  // the model and the issue texts may read them.
  { pattern: /^profiles\/registry\.ts$/, layer: 0, why: "data-only country descriptors" },
  { pattern: /^profiles\/[^/]+\/country\.ts$/, layer: 0, why: "data-only country descriptor" },
  // The list of profile codes and its zod enum (zod alone, no other import): a code list in all but
  // folder, which `Bundle.profile` uses.
  { pattern: /^profiles\/profile-code\.ts$/, layer: 0, why: "code list of the profile countries" },
];

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PACKAGES = path.join(ROOT, "packages");
const SCHEMA_SRC = path.join(PACKAGES, "schema", "src");

/** Every `.ts` file under `dir`, recursively, as absolute paths, sorted. */
function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(full));
    else if (entry.name.endsWith(".ts")) out.push(full);
  }
  return out.sort();
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Resolves a specifier of `from` to a source file: relative paths, and `@tipx/<name>` to its `src/index.ts`. */
function resolve(from: string, specifier: string): string | undefined {
  const workspace = /^@tipx\/([^/]+)$/.exec(specifier);
  if (workspace) {
    const index = path.join(PACKAGES, workspace[1] ?? "", "src", "index.ts");
    return isFile(index) ? index : undefined;
  }
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const stem = base.replace(/\.(js|ts)$/, "");
  for (const candidate of [base, `${stem}.ts`, path.join(base, "index.ts")])
    if (candidate.endsWith(".ts") && isFile(candidate)) return candidate;
  return undefined;
}

/** The import graph: each file with the files it imports (value, type and re-exports alike). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = new Set<string>();
    for (const ref of info.importedFiles) {
      const target = resolve(file, ref.fileName);
      if (target !== undefined) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

/** One shortest import path from `start` back to itself inside `members`, to show how a cycle closes. */
function cyclePath(
  graph: ReadonlyMap<string, readonly string[]>,
  start: string,
  members: ReadonlySet<string>,
): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() ?? start;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const chain = [node];
        while (chain[0] !== start) chain.unshift(previous.get(chain[0] ?? start) ?? start);
        return [...chain, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}

const isTestModule = (relative: string): boolean => /\.test(-d)?\.ts$|\.test-helpers\.ts$|(^|\/)_test/.test(relative);

function layerOf(relative: string): number | undefined {
  const override = LAYER_OVERRIDES.find((each) => each.pattern.test(relative));
  if (override) return override.layer;
  return SCHEMA_LAYERS.find(([prefix]) =>
    prefix.endsWith("/") ? relative.startsWith(prefix) : relative === prefix,
  )?.[1];
}

const files = readdirSync(PACKAGES)
  .map((name) => path.join(PACKAGES, name, "src"))
  .filter((dir) => isFile(path.join(dir, "index.ts")))
  .flatMap(tsFiles);
const graph = importGraph(files);
const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join("/");

describe("architecture", () => {
  it("reads a graph of the packages' sources", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(path.join(SCHEMA_SRC, "model", "partial-date-range.ts"))).toContain(
      path.join(SCHEMA_SRC, "model", "primitives.ts"),
    );
  });

  it("has no import cycle", () => {
    const report = cycles(graph).map((component) => {
      const chain = cyclePath(graph, component[0] ?? "", new Set(component));
      return `cycle of ${component.length} files:\n  ${component.map(rel).join("\n  ")}\n  e.g. ${chain.map(rel).join(" -> ")}`;
    });
    expect(report).toEqual([]);
  });

  it("gives every @tipx/schema module a layer", () => {
    const unplaced = files
      .filter((file) => file.startsWith(SCHEMA_SRC + path.sep))
      .map((file) => path.relative(SCHEMA_SRC, file).split(path.sep).join("/"))
      .filter((relative) => !isTestModule(relative) && layerOf(relative) === undefined);
    expect(unplaced, "add the folder to SCHEMA_LAYERS in test/architecture.test.ts").toEqual([]);
  });

  it("imports in @tipx/schema only from the same layer or a lower one", () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      if (!file.startsWith(SCHEMA_SRC + path.sep)) continue;
      const from = path.relative(SCHEMA_SRC, file).split(path.sep).join("/");
      const fromLayer = layerOf(from);
      if (isTestModule(from) || fromLayer === undefined) continue;
      for (const target of targets) {
        if (!target.startsWith(SCHEMA_SRC + path.sep)) continue;
        const to = path.relative(SCHEMA_SRC, target).split(path.sep).join("/");
        const toLayer = layerOf(to);
        if (toLayer !== undefined && toLayer > fromLayer)
          violations.push(`${from} -> ${to} (layer ${fromLayer} -> ${toLayer})`);
      }
    }
    expect(violations, "layering violations").toEqual([]);
  });
});
