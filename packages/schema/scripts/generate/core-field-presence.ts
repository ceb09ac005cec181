/**
 * Generates `packages/schema/src/rules/core-field-presence.generated.ts`: for each model path that answers
 * an HTCDS Core field (read from the field registry's `htcds` tags by `_coreFieldChecks()`), a function that
 * tells whether a record has a value there, written with the path's keys as literals. The Core-field rule
 * (TIPX603) runs these on every victim, case and referral of every bundle: a read by a literal key is about
 * three times as fast as a read by a key held in a variable, which V8 cannot specialise.
 *
 * The functions mean exactly what the rule's generic walk (`missingStep` in `core-fields.ts`) means: a
 * list holds the value when one of its items does, and only the last value is tested for emptiness.
 * `core-fields.test.ts` holds the two to that on every path.
 *
 * @module
 */
import { _coreFieldChecks } from "../../src/rules/core-fields";
import { banner, type GeneratedFile, LINE_WIDTH, propertyKey, quote } from "./_generated-file";

/** Where the functions are written, relative to the repository root. */
export const CORE_FIELD_PRESENCE_PATH = "packages/schema/src/rules/core-field-presence.generated.ts";

/** One step of a model path (as `CoreFieldCheck.steps`). */
interface Step {
  readonly key: string;
  readonly list: boolean;
}

/**
 * The statements that return whether `value` (a variable name) holds the rest of the path from `steps[at]`,
 * indented by `indent`.
 */
function presence(value: string, steps: readonly Step[], at: number, indent: string, depth: number): string[] {
  const step = steps[at] as Step;
  const next = `v${depth}`;
  const lines = [
    `${indent}if (typeof ${value} !== "object" || ${value} === null) return false;`,
    `${indent}const ${next} = (${value} as Record<string, unknown>)[${quote(step.key)}];`,
  ];
  if (step.list) {
    lines.push(`${indent}if (!Array.isArray(${next}) || ${next}.length === 0) return false;`);
    if (at === steps.length - 1) return [...lines, `${indent}return true;`];
    const item = `item${depth}`;
    return [
      ...lines,
      `${indent}return ${next}.some((${item}) => {`,
      ...presence(item, steps, at + 1, `${indent}  `, depth + 1),
      `${indent}});`,
    ];
  }
  if (at === steps.length - 1) return [...lines, `${indent}return !_isEmpty(${next});`];
  return [...lines, ...presence(next, steps, at + 1, indent, depth + 1)];
}

/**
 * The generated presence functions of the Core fields' model paths.
 *
 * @returns One file, {@link CORE_FIELD_PRESENCE_PATH}.
 */
export function coreFieldPresenceFiles(): GeneratedFile[] {
  const byPath = new Map<string, readonly Step[]>();
  for (const check of _coreFieldChecks()) if (check.steps.length > 0) byPath.set(check.path, check.steps);
  const entries = [...byPath].map(([path, steps]) => {
    const head = `  ${propertyKey(path)}: (record: unknown): boolean => {`;
    if (head.length > LINE_WIDTH) throw new Error(`The model path ${path} is too long for one line`);
    return [head, ...presence("record", steps, 0, "    ", 0), "  },"].join("\n");
  });
  const content = [
    banner("packages/schema/scripts/generate/core-field-presence.ts", ["packages/schema/src/model"]),
    "// Whether a record has a value at each model path that answers an HTCDS Core field; see the generator.",
    'import { _isEmpty } from "./_is-empty";',
    "",
    "/** Whether a record has a value at a model path that answers an HTCDS Core field, by the path. */",
    "export const _CORE_FIELD_PRESENCE: { readonly [path: string]: (record: unknown) => boolean } = {",
    ...entries,
    "};",
    "",
  ].join("\n");
  return [{ path: CORE_FIELD_PRESENCE_PATH, content }];
}
