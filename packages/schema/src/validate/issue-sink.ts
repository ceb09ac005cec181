import type { RawIssue } from "./raw-issue";

/** Where issues go while a record is checked: anything with `push` (an array will do). */
export interface IssueTarget {
  push(issue: RawIssue): unknown;
}

/** An {@link IssueTarget} that keeps a record's first issues and counts the rest. */
export interface IssueSink extends IssueTarget {
  /** The issues kept, in the order they were found, each code and path once. */
  readonly kept: readonly RawIssue[];
  /** How many more distinct issues were found after the limit. */
  omitted(): number;
}

/**
 * Creates a sink that keeps the first `limit` distinct issues of a record and counts the rest, so that a
 * record with millions of problems costs memory for `limit` of them only.
 */
export function createIssueSink(limit: number): IssueSink {
  const kept: RawIssue[] = [];
  // Made on the first issue: most records have none.
  let seen: Set<string> | undefined;
  let omitted = 0;
  return {
    kept,
    omitted: () => omitted,
    push(issue) {
      if (kept.length >= limit) {
        omitted++;
        return;
      }
      const key = `${issue.code} ${issue.path.join("\u0000")}`;
      seen ??= new Set();
      if (seen.has(key)) return;
      seen.add(key);
      kept.push(issue);
    },
  };
}
