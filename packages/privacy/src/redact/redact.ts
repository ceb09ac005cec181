import { Bundle, type ConsentPurpose } from "@tipx/schema";
import { _visit, type Change } from "./_walk";

/** What {@link redact} did, by field path: never a value. */
export interface RedactionReport {
  /** The purpose the bundle was redacted for. */
  readonly purpose: ConsentPurpose;
  /**
   * The fields removed, each at the highest node that went (an identity document whose number had to go is
   * one removal of `entities[].identityDocuments[]`), with how many values went at that path.
   */
  readonly removed: readonly { readonly path: string; readonly count: number }[];
  /** The fields replaced by a coarser value, with how many and to what precision (`"year"`, `"subdivision"`). */
  readonly generalized: readonly { readonly path: string; readonly count: number; readonly to: string }[];
}

/** The result of {@link redact}. */
export interface Redaction {
  /** The redacted bundle, with `purpose` set to the purpose. */
  readonly bundle: Bundle;
  /** What was removed and generalised. */
  readonly report: RedactionReport;
}

function tally(changes: readonly Change[]): Pick<RedactionReport, "removed" | "generalized"> {
  const removed = new Map<string, number>();
  const generalized = new Map<string, { path: string; count: number; to: string }>();
  for (const change of changes) {
    if (change.kind === "removed") removed.set(change.path, (removed.get(change.path) ?? 0) + 1);
    else {
      const key = `${change.path}\u0000${change.to}`;
      const entry = generalized.get(key) ?? { path: change.path, count: 0, to: change.to };
      entry.count += 1;
      generalized.set(key, entry);
    }
  }
  return {
    removed: [...removed].map(([path, count]) => ({ path, count })),
    generalized: [...generalized.values()],
  };
}

/**
 * Redacts a bundle for a purpose: walks it with the model's schemas and keeps, generalises or removes each
 * field as {@link PURPOSE_POLICY} says for the field's sensitivity class. An object that loses a required
 * field goes as a whole, so the result still validates against `@tipx/schema`. The input is not changed.
 *
 * @param bundle - A bundle that validates.
 * @param purpose - The purpose to redact for; the result's `purpose` is set to it.
 * @returns The redacted bundle and a report of what went, by field path.
 * @example
 * ```ts
 * import { redact } from "@tipx/privacy";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundle: Bundle;
 * const { bundle: anonymous, report } = redact(bundle, "statistics");
 * report.removed.find((r) => r.path === "entities[].names")?.count; // people whose names went
 * ```
 */
export function redact(bundle: Bundle, purpose: ConsentPurpose): Redaction {
  const changes: Change[] = [];
  const result = _visit(Bundle, bundle, "", { purpose, entityType: undefined }, changes);
  // The envelope's fields are all of sensitivity none, so the root is always kept.
  const redacted = (result.keep ? result.value : bundle) as Bundle;
  return { bundle: { ...redacted, purpose }, report: { purpose, ...tally(changes) } };
}
