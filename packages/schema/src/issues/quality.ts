import { _cap, _the } from "./_words";
import { defineIssue } from "./issue";

/** HTCDS field names joined as English joins a list ("a, b and c"). */
function _all(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

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
  TIPX603: defineIssue<{ readonly field: string; readonly htcds: readonly string[] }>({
    severity: "warning",
    title: "Core HTCDS field missing",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} lacks the recommended HTCDS core field${p.htcds.length > 1 ? "s" : ""} ${_all(p.htcds)}.`,
    explanation:
      "HTCDS 2.0 marks 40 of its fields as core. tipx accepts a record without them but warns, since case management and national and global statistics need them. " +
      "It asks for each core field only where it applies: " +
      "each victim's or presumed victim's person fields (names, gender, citizenship, e-mail, phones, mailing address) and consent; the position of a case's case worker; " +
      "the victim context (trafficking status, and who decided it once there is one; recruitment, control, types and place of exploitation, none of them for a person found not to be a victim; " +
      "the forced-labour industries only for forced labour, the types of sexual exploitation only for sexual exploitation); " +
      "a case's status and case worker (in a bundle of model 1.0, which had no case worker, its owner organisation), and its reason for closure once it is closed; " +
      "a referral's date, reasons, details and case workers on the side of the referral the sender is on (the receiving case worker once the referral is accepted). " +
      "One warning per record names every core field it lacks: a victim's Person, a victim context, a Case, a Referral. " +
      "A bundle sent for `statistics` or `research` is not asked for names, phones, e-mail, addresses or case workers' names, which it must not carry (TIPX503). " +
      "The birth date is left to TIPX602, the deprecated vulnerabilities to TIPX604.",
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
