import type { PartyRole } from "../codelists/party-roles";
import type { EntityType } from "../model/entity-base";
import { _cap, _the } from "./_words";
import { defineIssue } from "./issue";

/**
 * Issue codes TIPX4xx: references between entities and the consistency of dates, ages and counts.
 *
 * @example
 * ```ts
 * import { CONSISTENCY_ISSUES } from "@tipx/schema";
 * CONSISTENCY_ISSUES.TIPX402.severity; // "error"
 * ```
 */
/** A noun phrase with its indefinite article ("a person", "an organisation or a case"). */
function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

export const CONSISTENCY_ISSUES = {
  TIPX401: defineIssue<{ readonly first: string }>({
    severity: "error",
    title: "Duplicate entity id",
    message: (p) => `This entity id is already used by the entity at ${p.first}.`,
    explanation:
      "Two entities of a bundle have the same id. Ids must be unique, since every reference between entities goes by id.",
  }),
  TIPX402: defineIssue<{ readonly field: string; readonly expected: readonly EntityType[] }>({
    severity: "error",
    title: "Dangling reference",
    message: (p, n) =>
      `${_cap(_the(n, p.field))}: there is no ${n.either(p.expected.map((type) => n.term(`entity.${type}`)))} with this id in the bundle.`,
    explanation:
      "A field refers to an entity id that is not in the bundle. A bundle is self-contained: include the entity, or leave the reference out.",
  }),
  TIPX403: defineIssue<{
    readonly field: string;
    readonly received: EntityType;
    readonly expected: readonly EntityType[];
  }>({
    severity: "error",
    title: "Reference to the wrong entity type",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} refers to ${article(n.term(`entity.${p.received}`))}, but it must refer to ${article(n.either(p.expected.map((type) => n.term(`entity.${type}`))))}.`,
    explanation:
      "A reference points at an entity of the wrong type, such as a case owner that is a Person instead of an Organization.",
  }),
  TIPX404: defineIssue<{ readonly field: string; readonly otherField: string; readonly otherPath: string }>({
    severity: "error",
    title: "Dates out of order",
    message: (p, n) =>
      `The date in ${_the(n, p.field)} is before the date in ${_the(n, p.otherField)} (${p.otherPath}).`,
    explanation:
      "An end comes before its start: a case closed before it was opened, a consent withdrawn before it was given, a referral answered before it was made, a proceeding decided before it was filed. Partial dates are compared only as far as both are known (2022 is not before 2022-03).",
  }),
  TIPX405: defineIssue<{ readonly field: string; readonly otherField: string; readonly otherPath: string }>({
    severity: "error",
    title: "Birth after an event",
    message: (p, n) => `The person's birth date is after the date in ${_the(n, p.otherField)} (${p.otherPath}).`,
    explanation:
      "A person's birth date is after a trafficking event, consent or operation that names them. One of the dates is wrong. The message does not repeat the birth date.",
  }),
  TIPX406: defineIssue<{ readonly field: string }>({
    severity: "error",
    title: "Majority status and age disagree",
    // Both statuses are quasi-identifiers: the message says that they disagree, not what they are.
    message: () => "The recorded majority status disagrees with the birth date or age estimate.",
    explanation:
      "`majorityStatus` contradicts the birth date or age estimate at the bundle's date (minor = under 18, the Palermo Protocol art. 3(d) definition of a child). A child recorded as an adult loses the protections that need no proof of means; check the age. Only a contradiction that holds for every day the partial date allows is reported.",
    source: "UN Palermo Protocol (2000) art. 3(d)",
  }),
  TIPX407: defineIssue<{ readonly field: string }>({
    severity: "error",
    title: "Subdivision of another country",
    message: (p, n) =>
      `The subdivision code in ${_the(n, p.field)} belongs to another country than the place's country.`,
    explanation:
      "An ISO 3166-2 code starts with its country's alpha-2 code (TH-63 is in TH). A place whose subdivision starts with another country's code is inconsistent.",
    source: "ISO 3166-2",
  }),
  TIPX408: defineIssue<{
    readonly field: string;
    readonly status: string;
    /** The list of the status: a case's or a referral's. */
    readonly list: "htcds.case-status" | "tipx.referral-status";
    /** The field of the date the status needs and the entity lacks, when one is missing. */
    readonly missing?: string;
  }>({
    severity: "warning",
    title: "Status and dates disagree",
    message: (p, n) =>
      p.missing === undefined
        ? `${_cap(_the(n, p.field))} has a date, but the status “${n.code(p.list, p.status)}” is not a closed one.`
        : `The status “${n.code(p.list, p.status)}” needs a date in ${_the(n, p.missing)}, which is missing.`,
    explanation:
      "A case has a closing date but an open status (Active, FollowUp), or a closed status without a closing date; a referral is accepted or declined without a response date, or completed or withdrawn without a closing date.",
  }),
  TIPX409: defineIssue<{ readonly field: string }>({
    severity: "error",
    title: "Count below named persons",
    message: (p, n) => `${_cap(_the(n, p.field))} is smaller than the number of persons named.`,
    explanation:
      "An operation's `rescued` or `arrested` count covers at least the persons it names; a count below that number is an error.",
  }),
  TIPX410: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Date after the bundle",
    message: (p, n) => `The date in ${_the(n, p.field)} is after the day the bundle was created.`,
    explanation:
      "A date of something that has happened (a birth, an operation, an event, a case opening) is after the bundle's `createdAt`. Planned dates (a support plan's planned end) are not checked.",
  }),
  TIPX411: defineIssue<{ readonly field: string; readonly expected: readonly PartyRole[] }>({
    severity: "warning",
    title: "Context without role",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} is given, but the party does not have the role ${n.either(p.expected.map((role) => `“${n.code("tipx.party-role", role)}”`))}.`,
    explanation:
      "A case party has a victim context without the role victim or presumed-victim, or a perpetrator context without the role suspect.",
  }),
  TIPX412: defineIssue<{ readonly field: string }>({
    severity: "error",
    title: "Perpetrator who is not a suspect",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} names a person who is not a party of the case with the role “${n.code("tipx.party-role", "suspect")}”.`,
    explanation:
      "A victim's `perpetrators` link the victim to suspects of the same case: each person it names must be a party of that case with the role `suspect` (and not the victim themselves). Add the person to the case's parties as a suspect, or correct the id.",
  }),
  TIPX413: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Person on the route not in the case",
    message: (p, n) => `${_cap(_the(n, p.field))} names a person who is not a party of the case.`,
    explanation:
      "The people on a route leg (an event's `participants`) are people of the case: victims moved, suspects who transported or escorted them. A person who is not among the case's parties is probably a wrong id; add them to the parties with their role.",
  }),
  TIPX414: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Forced-criminality subtypes without forced criminality",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} is given, but the types of exploitation do not include “${n.code("htcds.exploitation-type", "ForcedCriminality")}”.`,
    explanation:
      "`forcedCriminalityTypes` refine the exploitation type `ForcedCriminality`: add it to `exploitationTypes`, or remove the subtypes.",
  }),
  TIPX415: defineIssue<{ readonly field: string; readonly otherPath: string }>({
    severity: "info",
    title: "Victim who is also a suspect: non-punishment principle",
    message: (p) =>
      `This person is a victim or presumed victim at ${p.otherPath} and a suspect here: the non-punishment principle may apply.`,
    explanation:
      "A victim of trafficking may have been made to commit offences, as in forced criminality in scam compounds. The non-punishment principle (UN Recommended Principles and Guidelines on Human Rights and Human Trafficking (2002), principle 7; ASEAN Convention against Trafficking in Persons (2015) art. 14(7)) says victims should not be punished for offences they were compelled to commit as a direct consequence of being trafficked. This is information for the people handling the cases, never an error: the record may well be right.",
    source:
      "UN OHCHR Recommended Principles and Guidelines on Human Rights and Human Trafficking (2002), principle 7; ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015), art. 14(7) (citations not yet checked against the texts)",
    // The rule itself reports a fact of the record; only the citations of the principle are unchecked.
    verified: false,
  }),
  TIPX416: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Victim found not to be a victim",
    // The status is sensitive: the message says that role and status disagree, not what the status is.
    message: (p, n) => `The party's role “${n.code("tipx.party-role", "victim")}” and ${_the(n, p.field)} disagree.`,
    explanation:
      "A party whose trafficking status is `NotAVictimOfTrafficking` should not keep the role `victim`: change the role (for example to `witness` or `other`), or correct the status.",
  }),
  TIPX417: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Presumed victim with a confirmed status",
    message: (p, n) =>
      `The party's role “${n.code("tipx.party-role", "presumed-victim")}” and ${_the(n, p.field)} disagree.`,
    explanation:
      "Once a person is confirmed as a victim of trafficking (status `ActualVictimOfTrafficking`), their role in the case is `victim`, not `presumed-victim`: update the role, or correct the status.",
  }),
  TIPX418: defineIssue<{ readonly field: string }>({
    severity: "error",
    title: "Consent without a purpose",
    message: (p, n) => `The consent is given for the use of data, but ${_the(n, p.field)} is empty.`,
    explanation:
      "A consent to the use and sharing of data names what the data may be used for. An empty `purposes` is allowed only for a refusal (refused for everything) or a consent to an interview.",
  }),
} as const;
