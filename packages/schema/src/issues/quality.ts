import { _cap, _the } from "./_words";
import { defineIssue } from "./issue";

/**
 * Issue codes TIPX6xx: data quality (recommended fields missing, deprecated fields used).
 *
 * @example
 * ```ts
 * import { QUALITY_ISSUES } from "@tipx/schema";
 * QUALITY_ISSUES.TIPX601.severity; // "warning"
 * ```
 */
export const QUALITY_ISSUES = {
  TIPX601: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Case without a victim",
    message: (_p, n) =>
      `The case has no party with the role ${n.either([`“${n.code("tipx.party-role", "victim")}”`, `“${n.code("tipx.party-role", "presumed-victim")}”`])}.`,
    explanation:
      "A trafficking case record is about at least one victim or presumed victim; without one it cannot feed HTCDS or CTDC counts.",
  }),
  TIPX602: defineIssue<{ readonly field: string }>({
    severity: "info",
    title: "Age unknown",
    message: () => "The victim has neither a birth date nor an age estimate.",
    explanation:
      "Age decides whether a person is a child, which changes the legal test (no means needed for a child under the Palermo Protocol art. 3(c)) and the services due. Record at least an age estimate (HTCDS prs_Birthdate is a core field).",
  }),
  TIPX603: defineIssue<{ readonly field: string; readonly htcds: string }>({
    severity: "warning",
    title: "Core HTCDS field missing",
    message: (p, n) => `The recommended field ${_the(n, p.field)} is missing (it is the HTCDS core field ${p.htcds}).`,
    explanation:
      "HTCDS 2.0 marks some fields as core: a victim's trafficking status and types of exploitation, a case's status. tipx accepts a record without them but warns, since national and global statistics need them.",
    source: "IOM HTCDS 2.0, Core column",
  }),
  TIPX604: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Deprecated field",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} is deprecated in HTCDS 2.0; run "tipx explain TIPX604" to see what replaces it.`,
    explanation:
      "The field is kept so that older data still validates, but HTCDS 2.0 deprecated it: `vulnerabilities` and `vulnerabilityDetails` are replaced by an Assessment of individual, household and community risk; `agreementToManagePersonalData` by a Consent entity with its purposes.",
  }),
} as const;
