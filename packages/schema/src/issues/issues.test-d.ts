import { describe, expectTypeOf, it } from "vitest";
import type { ReportedParams, RuleContext } from "../rules/rule";
import type { IssueCode, IssueParams } from "./issues";
import type { JsonType } from "./terms";

describe("issue codes and params (types)", () => {
  it("makes the issue code a union of the defined codes", () => {
    expectTypeOf<"TIPX402">().toExtend<IssueCode>();
    expectTypeOf<"TIPX999">().not.toExtend<IssueCode>();
    expectTypeOf<string>().not.toExtend<IssueCode>();
  });

  it("gives each code's params their shape", () => {
    expectTypeOf<IssueParams<"TIPX102">>().toEqualTypeOf<{
      readonly field: string;
      readonly expected: JsonType;
      readonly received: JsonType;
    }>();
    expectTypeOf<IssueParams<"TIPX502">["reason"]>().toEqualTypeOf<
      "person" | "kind" | "refused" | "purpose" | "withdrawn" | "expired" | "recipient" | "country"
    >();
    expectTypeOf<ReportedParams<"TIPX404">>().toEqualTypeOf<{ readonly otherPath: string }>();
  });

  it("rejects an unknown code or a wrong param when a rule reports", () => {
    const report: RuleContext["report"] = () => undefined;
    report("TIPX502", [], { reason: "withdrawn" });
    // @ts-expect-error -- no such code
    report("TIPX999", [], {});
    // @ts-expect-error -- TIPX502 has no such reason
    report("TIPX502", [], { reason: "lapsed" });
    // @ts-expect-error -- TIPX404 needs the other date's path
    report("TIPX404", [], {});
  });
});
