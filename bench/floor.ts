// The floors of validation, measured beside the contenders by bench/run.ts and bench/browser.ts: what
// any check of a parsed bundle must at least do, written as tightly as we can, with no check at all.
//
// - readEveryValue: visits every value of the parsed data once (a for...in loop over each object, an
//   index loop over each array). A validator that looks at every value, as a shape check must, cannot
//   cost less than this.
// - readEveryValueByDescriptor: the same visit, each property read through its descriptor, as validate()
//   must read a live object: it promises (issue 14) never to run a getter, to read a proxy once and to
//   accept only plain JSON data, so it cannot read a property any other way. validateJson() reads the
//   result of JSON.parse, which has no getter, and does not pay this.

/**
 * Visits every value of `value` once, checking nothing.
 *
 * @returns how many leaves it met (so that the work cannot be optimised away).
 */
export function readEveryValue(value: unknown): number {
  if (typeof value !== "object" || value === null) return 1;
  let leaves = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) leaves += readEveryValue(value[i]);
    return leaves;
  }
  for (const key in value) leaves += readEveryValue((value as Record<string, unknown>)[key]);
  return leaves;
}

/**
 * Visits every value of `value` once through its own property descriptors (a getter never runs),
 * checking nothing but that each property holds a value.
 *
 * @returns how many leaves it met, or -1 at the first accessor.
 */
export function readEveryValueByDescriptor(value: unknown): number {
  if (typeof value !== "object" || value === null) return 1;
  let leaves = 0;
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !("value" in descriptor)) return -1;
    const below = readEveryValueByDescriptor(descriptor.value);
    if (below < 0) return -1;
    leaves += below;
  }
  return leaves;
}
