import { TIPX_VERSION, TIPX_VERSIONS } from "@tipx/schema";

/**
 * The model version a signature or encryption header states: the bundle's own `tipx` when it is one this
 * package reads, otherwise the version it writes. A 1.0 bundle signed today says `"1.0"`, so a receiver
 * still on the 1.0 package accepts the header.
 */
export function _headerVersion(bundle: unknown): string {
  const declared = typeof bundle === "object" && bundle !== null ? (bundle as { tipx?: unknown }).tipx : undefined;
  return _isModelVersion(declared) ? declared : TIPX_VERSION;
}

/** Whether a header's `tipx` names a model version this package reads. */
export function _isModelVersion(value: unknown): value is string {
  return (TIPX_VERSIONS as readonly unknown[]).includes(value);
}
