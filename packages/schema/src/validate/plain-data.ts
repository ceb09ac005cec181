import type { IssueParamRecord } from "../issues/issue";
import type { IssueCode } from "../issues/issues";
import type { NotPlainReason } from "../issues/terms";
import type { PathSegment } from "../rules/rule";

/**
 * Keys that JavaScript reads through the prototype chain or that deep merges turn into prototype
 * pollution. tipx rejects them wherever a key is free (`extensions`, unknown keys), with TIPX111.
 *
 * @example
 * ```ts
 * import { RESERVED_KEYS } from "@tipx/schema";
 * RESERVED_KEYS.includes("__proto__"); // true
 * ```
 */
export const RESERVED_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** An issue found while copying the input, before its path is final. */
export interface PlainDataIssue {
  readonly code: Extract<IssueCode, "TIPX100" | "TIPX111" | "TIPX112">;
  readonly path: readonly PathSegment[];
  readonly params: IssueParamRecord;
}

/** A path as a chain of segments, shared by siblings: a deep input costs one link per level. */
interface PathLink {
  readonly parent: PathLink | undefined;
  readonly segment: PathSegment;
}

function pathOf(link: PathLink | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at = link; at !== undefined; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/** One container to copy: the source, its copy, where it is, and whether its children are queued. */
interface Pending {
  readonly source: object;
  readonly copy: Record<string, unknown> | unknown[];
  readonly link: PathLink | undefined;
  opened: boolean;
}

function isReserved(key: string): boolean {
  return key === "__proto__" || key === "constructor" || key === "prototype";
}

/** What a leaf value is, when JSON cannot carry it as it is. */
function leafProblem(value: unknown): NotPlainReason | undefined {
  switch (typeof value) {
    case "undefined":
      return "undefined";
    case "function":
      return "function";
    case "symbol":
      return "symbol";
    case "bigint":
      return "bigint";
    case "number":
      return Number.isFinite(value) ? undefined : "non-finite-number";
    default:
      return undefined;
  }
}

/** Whether an object is a plain object or array (what `JSON.parse` makes), read without running code. */
function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What {@link copyPlainFast} returns when the input needs the full copy (which says what is wrong). */
const NEEDS_FULL_COPY: unique symbol = Symbol("needs the full copy");

/** How deep the fast copy goes before it leaves the input to the full, iterative copy. */
const FAST_COPY_DEPTH = 200;

/**
 * The copy of an input that holds nothing to report, made recursively with one property descriptor per
 * key (a getter never runs, a proxy is read once): about four times as fast as the full copy, which keeps
 * the paths and the stack it needs to report. Anything to report (a reserved key, an accessor, an object
 * that is not plain, a hole, a value JSON cannot hold, a cycle or great depth, a read that throws) gives
 * {@link NEEDS_FULL_COPY}, and the full copy starts over.
 */
function copyPlainFast(value: unknown, depth: number): unknown {
  if (typeof value !== "object" || value === null) {
    return leafProblem(value) === undefined ? value : NEEDS_FULL_COPY;
  }
  if (depth >= FAST_COPY_DEPTH || !isPlainContainer(value)) return NEEDS_FULL_COPY;
  const keys = Object.keys(value);
  if (Array.isArray(value)) {
    const length = value.length;
    if (keys.length !== length) return NEEDS_FULL_COPY;
    const copy: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) {
      const descriptor = Object.getOwnPropertyDescriptor(value, i);
      if (descriptor === undefined || !("value" in descriptor)) return NEEDS_FULL_COPY;
      const item = copyPlainFast(descriptor.value, depth + 1);
      if (item === NEEDS_FULL_COPY) return NEEDS_FULL_COPY;
      copy[i] = item;
    }
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (isReserved(key)) return NEEDS_FULL_COPY;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !("value" in descriptor)) return NEEDS_FULL_COPY;
    const item = copyPlainFast(descriptor.value, depth + 1);
    if (item === NEEDS_FULL_COPY) return NEEDS_FULL_COPY;
    copy[key] = item;
  }
  return copy;
}

/**
 * Copies `input` into plain JSON data, reading each own property once through its descriptor (so a
 * getter never runs and a proxy is read once), and reports what plain JSON cannot hold: accessors,
 * objects that are not plain (a `Date`, a boxed number, a class instance, a `Map`), cycles, `undefined`,
 * functions, symbols, bigints, non-finite numbers and array holes (TIPX112), reserved keys (TIPX111,
 * left out of the copy) and reads that throw (TIPX100). Iterative, so any depth is fine.
 *
 * @param onlyReservedKeys - `true` for the result of `JSON.parse`, which can hold nothing else wrong.
 * @returns the copy, with every problem in `issues` (the copy is unusable when one is TIPX112 or TIPX100).
 */
export function toPlainData(
  input: unknown,
  onlyReservedKeys = false,
): { readonly value: unknown; readonly issues: readonly PlainDataIssue[] } {
  if (!onlyReservedKeys) {
    let fast: unknown = NEEDS_FULL_COPY;
    try {
      fast = copyPlainFast(input, 0);
    } catch {
      // A proxy's trap that throws: the full copy reports it where it is.
    }
    if (fast !== NEEDS_FULL_COPY) return { value: fast, issues: [] };
  }
  const issues: PlainDataIssue[] = [];
  const notPlain = (link: PathLink | undefined, reason: NotPlainReason): void => {
    issues.push({ code: "TIPX112", path: pathOf(link), params: { reason } });
  };
  const rootProblem = leafProblem(input);
  if (rootProblem) {
    notPlain(undefined, rootProblem);
    return { value: undefined, issues };
  }
  if (input === null || typeof input !== "object") return { value: input, issues };
  if (!onlyReservedKeys && !isPlainContainer(input)) {
    notPlain(undefined, "not-a-plain-object");
    return { value: undefined, issues };
  }
  const rootCopy: Record<string, unknown> | unknown[] = Array.isArray(input) ? [] : {};
  // The containers between the root and the one being copied: meeting one of them again is a cycle
  // (meeting an object twice elsewhere is not: JSON just repeats it).
  const ancestors = new Set<object>();
  const stack: Pending[] = [{ source: input, copy: rootCopy, link: undefined, opened: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Pending;
    if (top.opened) {
      stack.pop();
      ancestors.delete(top.source);
      continue;
    }
    top.opened = true;
    if (ancestors.has(top.source)) {
      notPlain(top.link, "cycle");
      stack.pop();
      continue;
    }
    ancestors.add(top.source);
    const isArray = Array.isArray(top.source);
    let keys: string[];
    try {
      keys = Object.keys(top.source);
    } catch {
      issues.push({ code: "TIPX100", path: pathOf(top.link), params: {} });
      continue;
    }
    if (isArray && !onlyReservedKeys && keys.length !== (top.source as unknown[]).length) {
      notPlain(top.link, "array-hole");
      continue;
    }
    const children: Pending[] = [];
    const parent = top.link;
    // A key's link is made only when needed (a child to copy, an issue to report).
    const at = (key: string): PathLink => ({ parent, segment: isArray ? Number(key) : key });
    for (const key of keys) {
      if (!isArray && isReserved(key)) {
        issues.push({ code: "TIPX111", path: pathOf(at(key)), params: {} });
        continue;
      }
      let value: unknown;
      try {
        const descriptor = Object.getOwnPropertyDescriptor(top.source, key);
        if (descriptor === undefined) continue;
        if (!("value" in descriptor)) {
          notPlain(at(key), "accessor");
          continue;
        }
        value = descriptor.value;
      } catch {
        issues.push({ code: "TIPX100", path: pathOf(at(key)), params: {} });
        continue;
      }
      if (value !== null && typeof value === "object") {
        if (!onlyReservedKeys && !isPlainContainer(value)) {
          notPlain(at(key), "not-a-plain-object");
          continue;
        }
        const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
        (top.copy as Record<string, unknown>)[key] = copy;
        children.push({ source: value, copy, link: at(key), opened: false });
        continue;
      }
      const problem = onlyReservedKeys ? undefined : leafProblem(value);
      if (problem) {
        notPlain(at(key), problem);
        continue;
      }
      (top.copy as Record<string, unknown>)[key] = value;
    }
    // Last pushed, first copied: push the children backwards so that issues come in the input's order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Pending);
  }
  return { value: rootCopy, issues };
}

/**
 * Whether a JSON text may hold a reserved key, so that its parsed value must be copied without it
 * (a cheap scan that lets `validateJson` skip the copy for every other text).
 */
export function mayHoldReservedKey(text: string): boolean {
  return text.includes('"__proto__"') || text.includes('"constructor"') || text.includes('"prototype"');
}
