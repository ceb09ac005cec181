/**
 * The trust list of `tipx verify --trust FILE`: which organisations' public keys a receiver accepts,
 * and for how long. A file that is not a trust list stops the command before any bundle is read.
 *
 * @module
 */
import type { TrustList } from "@tipx/exchange";
import { readJsonFile } from "./key-file";

/** Why a trust file cannot be used. */
export type TrustFileProblem =
  /** The file cannot be read, is too large or is not JSON (as for a key file). */
  | Exclude<Awaited<ReturnType<typeof readJsonFile>>, { ok: true }>["problem"]
  /**
   * JSON that is not a trust list: `pointer` is the JSON Pointer (RFC 6901) of the first value that
   * does not fit `json-schema/trust-list.json` of @tipx/exchange ("" for the whole file), and `reason`
   * says how: a required member is `missing`, a value has the wrong `type` (`expected`: `"string"`,
   * `"array"`…), a member is `unknown` to the format, or a `value` is not allowed (a date that is not
   * ISO 8601, an empty list…).
   */
  | {
      readonly kind: "invalid";
      readonly pointer: string;
      readonly reason: "missing" | "type" | "unknown" | "value";
      /** The type expected, for `reason` `"type"`. */
      readonly expected?: string;
      /**
       * For a rule of the whole list (`reason` `"value"`: a key id or organisation named twice, a period
       * that ends before it starts), the library's English predicate, such as `"repeats a key id"`.
       */
      readonly detail?: string;
    };

/** The largest trust file read: thousands of organisations with a few keys each. */
export const MAX_TRUST_FILE_BYTES = 16 * 1024 * 1024;

/** A JSON Pointer (RFC 6901) from the path of a schema issue. */
export function jsonPointer(segments: readonly PropertyKey[]): string {
  return segments.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/**
 * Reads and checks a trust file.
 *
 * @param name - the file as the user named it (relative to `cwd`).
 * @param cwd - the working directory.
 * @returns the trust list, or the problem.
 */
export async function readTrustFile(
  name: string,
  cwd: string,
): Promise<
  { readonly ok: true; readonly trust: TrustList } | { readonly ok: false; readonly problem: TrustFileProblem }
> {
  const read = await readJsonFile(name, cwd, MAX_TRUST_FILE_BYTES);
  if (!read.ok) return read;
  const { TrustList } = await import("@tipx/exchange");
  const parsed = TrustList.safeParse(read.value);
  if (parsed.success) return { ok: true, trust: parsed.data };
  return { ok: false, problem: trustListProblem(read.value, parsed.error.issues[0]) };
}

/** The value at `segments` in `root`, or `undefined` when a step is missing. */
function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** The problem of the first issue zod found, described by its pointer and kind (never by the value). */
function trustListProblem(
  value: unknown,
  issue: { readonly code: string; readonly path: readonly PropertyKey[]; readonly message: string } | undefined,
): TrustFileProblem {
  const segments = issue?.path ?? [];
  if (issue?.code === "unrecognized_keys") {
    const keys: unknown = "keys" in issue ? issue.keys : undefined;
    const first = Array.isArray(keys) && typeof keys[0] === "string" ? [keys[0]] : [];
    return { kind: "invalid", pointer: jsonPointer([...segments, ...first]), reason: "unknown" };
  }
  if (issue?.code === "invalid_type") {
    const pointer = jsonPointer(segments);
    if (segments.length > 0 && valueAt(value, segments) === undefined)
      return { kind: "invalid", pointer, reason: "missing" };
    const expected: unknown = "expected" in issue ? issue.expected : undefined;
    return {
      kind: "invalid",
      pointer,
      reason: "type",
      ...(typeof expected === "string" ? { expected } : {}),
    };
  }
  const detail = issue?.code === "custom" ? issue.message : undefined;
  return {
    kind: "invalid",
    pointer: jsonPointer(segments),
    reason: "value",
    ...(detail === undefined ? {} : { detail }),
  };
}
