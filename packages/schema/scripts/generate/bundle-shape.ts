/**
 * Generates `packages/schema/src/validate/bundle-shape.generated.ts`: a straight-line check, written from
 * the zod model of `Bundle`, that answers one question, "is this bundle's shape certainly valid?", with
 * no allocation on the way (in the spirit of ajv's standalone code). `validate()` runs it first and skips
 * zod when it says yes; when it says no, zod runs as before and explains.
 *
 * Every construct is translated exactly (objects, strict keys, arrays and their lengths, enums as `Set`
 * lookups, literals, strings with their lengths and patterns, UUIDs by character codes, numbers with their
 * bounds, unions, discriminated unions as a `switch` on the tag, records, the model's one refinement
 * called as the model defines it). Anything else becomes `false`: the check then never says yes where zod
 * would say no, it only sends more bundles to zod. `fast-path.test.ts` holds both sides to that.
 *
 * @module
 */
import type * as z from "zod";
import { CitizenshipCode } from "../../src/codelists/citizenship";
import { CountryCode } from "../../src/codelists/countries";
import { IsicCode } from "../../src/codelists/isic";
import { LanguageCode } from "../../src/codelists/languages";
import { Bundle, Entity } from "../../src/model/bundle";
import { PATTERNS } from "../../src/model/patterns";
import { PartialDate } from "../../src/model/primitives";
import { banner, type GeneratedFile, LINE_WIDTH, quote } from "./_generated-file";

/** Where the check is written, relative to the repository root. */
export const BUNDLE_SHAPE_PATH = "packages/schema/src/validate/bundle-shape.generated.ts";

/**
 * The refinements the check may call, by the exported schema that holds them: a refinement is a
 * function, so the generated code reaches it through the schema (the same function zod calls), never a
 * copy of its body.
 */
const KNOWN_REFINEMENTS: readonly { readonly name: string; readonly from: string; readonly schema: z.core.$ZodType }[] =
  [{ name: "PartialDate", from: "../model/primitives", schema: PartialDate }];

/**
 * The long code lists, by the exported schema that holds them: the check reads their codes from the
 * schema when the module loads instead of repeating thousands of codes. A list matches by its codes, in
 * order; a long list that matches none is written out.
 */
const KNOWN_CODE_LISTS: readonly { readonly name: string; readonly from: string; readonly schema: z.core.$ZodType }[] =
  [
    { name: "CountryCode", from: "../codelists/countries", schema: CountryCode },
    { name: "CitizenshipCode", from: "../codelists/citizenship", schema: CitizenshipCode },
    { name: "LanguageCode", from: "../codelists/languages", schema: LanguageCode },
    { name: "IsicCode", from: "../codelists/isic", schema: IsicCode },
  ];

/** How many codes a list may have and still be written out in the check. */
const INLINE_CODES = 40;

/** String formats whose whole check is their pattern (zod's `$ZodCheckStringFormat` with a pattern). */
const PATTERN_FORMATS: ReadonlySet<string> = new Set(["regex", "date", "datetime", "email", "guid", "uuid"]);

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def as Def;
}

function checkDefs(schema: z.core.$ZodType): Def[] {
  return ((defOf(schema)["checks"] as z.core.$ZodCheck[] | undefined) ?? []).map(
    (check) => check._zod.def as unknown as Def,
  );
}

/** The code generator's state: hoisted constants, one function per composite schema, imports. */
interface Emitter {
  readonly constants: string[];
  readonly functions: string[];
  readonly names: Map<z.core.$ZodType, string>;
  readonly constantNames: Map<string, string>;
  readonly imports: Set<string>;
  readonly helpers: Set<string>;
  readonly unsupported: string[];
}

function constant(emitter: Emitter, prefix: string, type: string, init: string): string {
  const key = `${type}=${init}`;
  const known = emitter.constantNames.get(key);
  if (known) return known;
  const name = `${prefix}${emitter.constantNames.size}`;
  emitter.constantNames.set(key, name);
  emitter.constants.push(layout(`const ${name}${type} = `, init));
  return name;
}

/** A constant laid out as Biome lays it out: on one line when it fits, else a set's items one per line. */
function layout(head: string, init: string): string {
  const oneLine = `${head}${init};`;
  if (oneLine.length <= LINE_WIDTH) return oneLine;
  const items = /^new Set\(\[(.*)\]\)$/.exec(init)?.[1];
  if (items !== undefined)
    return `${head}new Set([\n${items
      .split(", ")
      .map((item) => `  ${item},\n`)
      .join("")}]);`;
  return `${head.trimEnd()}\n  ${init};`;
}

/** `!condition`, with the parentheses Biome keeps. */
function not(condition: string): string {
  return /^[\w.]+\([\w.]*\)$/.test(condition) ? `!${condition}` : `!(${condition})`;
}

function enumValues(schema: z.core.$ZodType): unknown[] {
  return Object.values(defOf(schema)["entries"] as Record<string, unknown>);
}

/** The name of the `Set` of an enum's codes: written out, or read from a known code list's schema. */
function codeSet(emitter: Emitter, schema: z.core.$ZodType): string {
  const values = enumValues(schema);
  const type = ": ReadonlySet<unknown>";
  if (values.length > INLINE_CODES) {
    const same = (other: unknown[]) => other.length === values.length && other.every((v, i) => v === values[i]);
    const known = KNOWN_CODE_LISTS.find((list) => same(enumValues(list.schema)));
    if (known) {
      emitter.imports.add(`import { ${known.name} } from ${quote(known.from)};`);
      emitter.helpers.add("_codes");
      return constant(emitter, "CODES_", type, `_codes(${known.name})`);
    }
  }
  const codes = values.map(literalCode);
  if (codes.some((code) => code === undefined)) return refuse(emitter, "an enum of other values");
  return constant(emitter, "CODES_", type, `new Set([${codes.join(", ")}])`);
}

function literalCode(value: unknown): string | undefined {
  if (typeof value === "string") return quote(value);
  if (typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) return String(value);
  if (value === null) return "null";
  return undefined;
}

function refuse(emitter: Emitter, what: string): string {
  emitter.unsupported.push(what);
  return "false";
}

/** The pattern test of a string, by character codes for the UUID form, else with the model's expression. */
function patternTest(emitter: Emitter, pattern: unknown, x: string): string {
  if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) return refuse(emitter, "a stateful pattern");
  if (pattern.source === PATTERNS.uuid.source && pattern.flags === "") {
    emitter.helpers.add("_isUuid");
    return `_isUuid(${x})`;
  }
  // Written as Biome writes it: an escaped hyphen that ends a character class is a plain hyphen there.
  const source = pattern.source.replace(/(?<!\\)\\-\]/g, "-]");
  const name = constant(emitter, "PATTERN_", "", `/${source}/${pattern.flags}`);
  return `${name}.test(${x})`;
}

function refinementCall(emitter: Emitter, check: z.core.$ZodCheck, x: string): string {
  for (const known of KNOWN_REFINEMENTS) {
    const index = ((defOf(known.schema)["checks"] as z.core.$ZodCheck[] | undefined) ?? []).indexOf(check);
    if (index < 0) continue;
    emitter.imports.add(`import { ${known.name} } from ${quote(known.from)};`);
    emitter.helpers.add("_refinement");
    const name = constant(emitter, "REFINE_", "", `_refinement(${known.name}, ${index})`);
    return `${name}(${x})`;
  }
  return refuse(emitter, "a refinement the generator does not know");
}

/** The checks zod runs after the type check, as conditions on `x`. */
function checkConditions(emitter: Emitter, schema: z.core.$ZodType, x: string): string[] {
  const checks = (defOf(schema)["checks"] as z.core.$ZodCheck[] | undefined) ?? [];
  return checks.map((check) => {
    const def = check._zod.def as unknown as Def;
    switch (def["check"]) {
      case "min_length":
        return `${x}.length >= ${Number(def["minimum"])}`;
      case "max_length":
        return `${x}.length <= ${Number(def["maximum"])}`;
      case "length_equals":
        return `${x}.length === ${Number(def["length"])}`;
      case "greater_than":
        return `${x} ${def["inclusive"] ? ">=" : ">"} ${Number(def["value"])}`;
      case "less_than":
        return `${x} ${def["inclusive"] ? "<=" : "<"} ${Number(def["value"])}`;
      case "string_format":
        return PATTERN_FORMATS.has(String(def["format"]))
          ? patternTest(emitter, def["pattern"], x)
          : refuse(emitter, `the string format ${String(def["format"])}`);
      case "custom":
        return refinementCall(emitter, check, x);
      default:
        return refuse(emitter, `the check ${String(def["check"])}`);
    }
  });
}

function all(conditions: readonly string[]): string {
  return conditions.includes("false") ? "false" : conditions.join(" && ");
}

function isExactOptional(schema: z.core.$ZodType): boolean {
  return schema._zod.traits.has("$ZodExactOptional");
}

/** A boolean expression that is true when `x` (a variable name) is valid for `schema`. */
function expression(emitter: Emitter, schema: z.core.$ZodType, x: string): string {
  const def = defOf(schema);
  if (def["coerce"]) return refuse(emitter, "coercion");
  switch (def.type) {
    case "string": {
      if (typeof def["format"] === "string") {
        if (!PATTERN_FORMATS.has(def["format"])) return refuse(emitter, `the string format ${def["format"]}`);
        return all([
          `typeof ${x} === "string"`,
          patternTest(emitter, def["pattern"], x),
          ...checkConditions(emitter, schema, x),
        ]);
      }
      return all([`typeof ${x} === "string"`, ...checkConditions(emitter, schema, x)]);
    }
    case "number": {
      const format = def["format"];
      if (format !== undefined && format !== "safeint") return refuse(emitter, `the number format ${String(format)}`);
      const type = format === "safeint" ? `Number.isSafeInteger(${x})` : `Number.isFinite(${x})`;
      return all([`typeof ${x} === "number"`, type, ...checkConditions(emitter, schema, x)]);
    }
    case "boolean":
      return all([`typeof ${x} === "boolean"`, ...checkConditions(emitter, schema, x)]);
    case "unknown":
    case "any":
      emitter.helpers.add("_isFreeData");
      return `_isFreeData(${x})`;
    case "enum":
      return `${codeSet(emitter, schema)}.has(${x})`;
    case "literal": {
      const values = (def["values"] as unknown[]).map(literalCode);
      if (values.some((value) => value === undefined)) return refuse(emitter, "a literal of another value");
      return values.length === 1 ? `${x} === ${values[0]}` : `(${values.map((v) => `${x} === ${v}`).join(" || ")})`;
    }
    case "optional":
      if (def["checks"] !== undefined && checkDefs(schema).length > 0) return refuse(emitter, "checks on an optional");
      if (isExactOptional(schema)) return expression(emitter, def["innerType"] as z.core.$ZodType, x);
      return `(${x} === undefined || ${expression(emitter, def["innerType"] as z.core.$ZodType, x)})`;
    case "nullable":
      return `(${x} === null || ${expression(emitter, def["innerType"] as z.core.$ZodType, x)})`;
    case "object":
    case "array":
    case "union":
    case "record":
      return `${functionFor(emitter, schema)}(${x})`;
    default:
      return refuse(emitter, `a ${def.type} schema`);
  }
}

/** The name of the function checking a composite schema, emitting it on first use. */
function functionFor(emitter: Emitter, schema: z.core.$ZodType): string {
  const known = emitter.names.get(schema);
  if (known) return known;
  const name = `_check${emitter.names.size}`;
  emitter.names.set(schema, name);
  const body = functionBody(emitter, schema);
  emitter.functions.push(`function ${name}(v: unknown): boolean {\n${body.map((line) => `  ${line}`).join("\n")}\n}`);
  return name;
}

function functionBody(emitter: Emitter, schema: z.core.$ZodType): string[] {
  const def = defOf(schema);
  if (checkDefs(schema).length > 0 && def.type !== "array")
    return [`return ${refuse(emitter, `checks on a ${def.type}`)};`];
  switch (def.type) {
    case "array": {
      const element = expression(emitter, def["element"] as z.core.$ZodType, "item");
      const lengths = checkConditions(emitter, schema, "v");
      return [
        "if (!Array.isArray(v)) return false;",
        ...(lengths.length > 0 ? [`if (${not(all(lengths))}) return false;`] : []),
        "for (let i = 0; i < v.length; i++) {",
        "  const item: unknown = v[i];",
        `  if (${not(element)}) return false;`,
        "}",
        "return true;",
      ];
    }
    case "object":
      return objectBody(emitter, schema);
    case "union":
      return unionBody(emitter, schema);
    case "record": {
      const keyType = def["keyType"] as z.core.$ZodType;
      if (defOf(keyType).type !== "string" || def["mode"] === "loose")
        return [`return ${refuse(emitter, "a record of other keys")};`];
      const key = expression(emitter, keyType, "key");
      const value = expression(emitter, def["valueType"] as z.core.$ZodType, "item");
      emitter.helpers.add("_isRecordObject");
      return [
        "if (!_isRecordObject(v)) return false;",
        "for (const key in v) {",
        "  const item: unknown = v[key];",
        `  if (${not(all([key, value]))}) return false;`,
        "}",
        "return true;",
      ];
    }
    default:
      return [`return ${refuse(emitter, `a ${def.type} schema`)};`];
  }
}

/**
 * An object's check in one pass over its keys: each key present is matched by a `switch` on the key
 * and its value checked there, so a key the object does not have costs nothing (the schemas have many
 * optional fields, most of them absent; about 10 % faster than reading every field of the shape). The
 * required keys are counted; a key of a strict object that the shape does not have says no. The check runs
 * on plain data (what `JSON.parse` makes, or `validate()`'s copy), whose keys are all own and enumerable.
 */
function objectBody(emitter: Emitter, schema: z.core.$ZodType): string[] {
  const def = defOf(schema);
  const shape = def["shape"] as Record<string, z.core.$ZodType>;
  const catchall = def["catchall"] as z.core.$ZodType | undefined;
  const strict = catchall !== undefined && defOf(catchall).type === "never";
  if (catchall !== undefined && !strict && defOf(catchall).type !== "unknown")
    return [`return ${refuse(emitter, "an object with a catchall schema")};`];
  const keys = Object.keys(shape);
  const cases: string[] = [];
  let required = 0;
  for (const key of keys) {
    const child = shape[key] as z.core.$ZodType;
    const optin = child._zod.optin === "optional";
    const optout = child._zod.optout === "optional";
    let test: string;
    const checks: string[] = [];
    if (optin && optout && isExactOptional(child)) {
      // An absent key is fine; a key present with `undefined` is not (exactOptional).
      checks.push("      if (value === undefined) return false;");
      test = not(expression(emitter, defOf(child)["innerType"] as z.core.$ZodType, "value"));
    } else if (optin && optout) {
      test = not(expression(emitter, child, "value"));
    } else if (child._zod.optin === undefined) {
      test = not(expression(emitter, child, "value"));
      required++;
    } else {
      return [`return ${refuse(emitter, "a defaulted key")};`];
    }
    const line = `      if (${test}) return false;`;
    cases.push(
      `    case ${quote(key)}:`,
      ...checks,
      ...(line.length <= LINE_WIDTH ? [line] : [`      if (${test})`, "        return false;"]),
      ...(child._zod.optin === undefined ? ["      required++;"] : []),
      "      break;",
    );
  }
  emitter.helpers.add("_isObject");
  return [
    "if (!_isObject(v)) return false;",
    ...(required > 0 ? ["let required = 0;"] : []),
    "for (const key in v) {",
    "  const value = v[key];",
    "  switch (key) {",
    ...cases,
    "    default:",
    strict ? "      return false;" : "      break;",
    "  }",
    "}",
    required > 0 ? `return required === ${required};` : "return true;",
  ];
}

function unionBody(emitter: Emitter, schema: z.core.$ZodType): string[] {
  const def = defOf(schema);
  const options = def["options"] as z.core.$ZodType[];
  const discriminator = def["discriminator"];
  if (typeof discriminator === "string") {
    const cases: string[] = [];
    for (const option of options) {
      const tag = (defOf(option)["shape"] as Record<string, z.core.$ZodType> | undefined)?.[discriminator];
      if (tag === undefined || defOf(tag).type !== "literal")
        return [`return ${refuse(emitter, "an untagged option")};`];
      const values = (defOf(tag)["values"] as unknown[]).map(literalCode);
      if (values.some((value) => value === undefined)) return [`return ${refuse(emitter, "a tag of another value")};`];
      for (const value of values) cases.push(`  case ${value}:`);
      cases.push(`    return ${functionFor(emitter, option)}(v);`);
    }
    emitter.helpers.add("_isObject");
    return [
      "if (!_isObject(v)) return false;",
      `switch (v[${quote(discriminator)}]) {`,
      ...cases,
      "  default:",
      "    return false;",
      "}",
    ];
  }
  if (def["inclusive"] === false) return [`return ${refuse(emitter, "an exclusive union")};`];
  const tests = options.map((option) => expression(emitter, option, "v"));
  return [`return ${tests.map((test) => (test.includes(" && ") ? `(${test})` : test)).join(" || ")};`];
}

const HELPER_ORDER = ["_codes", "_isFreeData", "_isObject", "_isRecordObject", "_isUuid", "_refinement"] as const;

/**
 * The generated shape check of `Bundle`.
 *
 * @returns One file, {@link BUNDLE_SHAPE_PATH}; what it could not translate is listed at its top (there
 *   the check says `false`, and `fast-path.test.ts` fails when that keeps valid bundles from the fast path).
 */
export function bundleShapeFiles(): GeneratedFile[] {
  const emitter: Emitter = {
    constants: [],
    functions: [],
    names: new Map(),
    constantNames: new Map(),
    imports: new Set(),
    helpers: new Set(),
    unsupported: [],
  };
  const bundle = functionFor(emitter, Bundle);
  const entity = functionFor(emitter, Entity);
  const refused = [...new Set(emitter.unsupported)];
  const helpers = HELPER_ORDER.filter((helper) => emitter.helpers.has(helper));
  const content = [
    banner("packages/schema/scripts/generate/bundle-shape.ts", ["packages/schema/src/model"]),
    "// The shape check of a bundle: true only when zod's Bundle.safeParse would succeed; see the generator.",
    `// Not translated (checked as false, so zod decides): ${refused.length === 0 ? "nothing" : refused.join(", ")}.`,
    ...[...emitter.imports].sort((a, b) => (a.split(" from ")[1] ?? "").localeCompare(b.split(" from ")[1] ?? "")),
    `import { ${helpers.join(", ")} } from "./_shape-helpers";`,
    "",
    ...emitter.constants,
    "",
    ...emitter.functions.flatMap((fn) => [fn, ""]),
    "/**",
    " * Whether `value` is certainly a bundle of a valid shape, with no reserved key anywhere: when it says",
    " * `false`, zod decides and explains.",
    " */",
    "export function isBundleShape(value: unknown): boolean {",
    `  return ${bundle}(value);`,
    "}",
    "",
    "/** Whether `value` is certainly an entity of a valid shape (as {@link isBundleShape} for one entity). */",
    "export function isEntityShape(value: unknown): boolean {",
    `  return ${entity}(value);`,
    "}",
    "",
  ].join("\n");
  return [{ path: BUNDLE_SHAPE_PATH, content }];
}
