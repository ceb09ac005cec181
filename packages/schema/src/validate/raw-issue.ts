import type { IssueParamRecord } from "../issues/issue";
import type { IssueCode } from "../issues/issues";
import type { PathSegment } from "../rules/rule";

/** An issue before its severity is settled and its message written. */
export interface RawIssue {
  readonly code: IssueCode;
  readonly path: readonly PathSegment[];
  readonly params: IssueParamRecord;
}
