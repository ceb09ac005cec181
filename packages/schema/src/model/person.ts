import * as z from "zod";
import { CitizenshipCode } from "../codelists/citizenship";
import { CountryCode } from "../codelists/countries";
import { EducationLevel, Gender, MaritalStatus } from "../codelists/htcds-person";
import { IdentityDocumentKind } from "../codelists/identity-documents";
import { LanguageCode } from "../codelists/languages";
import { ResidenceStatus } from "../codelists/residence-statuses";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { CalendarDate, EntityId, PartialDate, PhoneNumber, Place } from "./primitives";

/**
 * A person's names. Any part may be missing; `full` holds the name as written when it cannot be split,
 * and `native` the name in the person's own script (Thai, Burmese, Khmer...).
 *
 * @example
 * ```ts
 * import type { PersonNames } from "@tipx/schema";
 * const names: PersonNames = { given: "Somchai", family: "Kaewmanee", native: "สมชาย แก้วมณี" };
 * ```
 */
export const PersonNames = z.strictObject({
  /** Form of address such as Mr or Ms (in Thai, for example Nai or Nang Sao). */
  salutation: field(z.string().min(1).exactOptional(), {
    id: "PersonNames.salutation",
    label: "Salutation",
    description: "Form of address such as Mr or Ms (in Thai, for example Nai or Nang Sao).",
    sensitivity: "quasi-identifier",
    htcds: "prs_Salutation",
  }),
  /** A title such as a rank or honorific. */
  title: field(z.string().min(1).exactOptional(), {
    id: "PersonNames.title",
    label: "Title",
    description: "A title such as a rank or honorific.",
    sensitivity: "quasi-identifier",
  }),
  /** The given (first) name. */
  given: field(z.string().min(1).exactOptional(), {
    id: "PersonNames.given",
    label: "Given name",
    description: "The given (first) name.",
    sensitivity: "direct-identifier",
    htcds: "prs_FirstName",
  }),
  /** The middle name or names. */
  middle: field(z.string().min(1).exactOptional(), {
    id: "PersonNames.middle",
    label: "Middle name",
    description: "The middle name or names.",
    sensitivity: "direct-identifier",
    htcds: "prs_MiddleName",
  }),
  /** The family name (surname). */
  family: field(z.string().min(1).exactOptional(), {
    id: "PersonNames.family",
    label: "Family name",
    description: "The family name (surname).",
    sensitivity: "direct-identifier",
    htcds: "prs_SecondName",
  }),
  /** The whole name as written, when it cannot be split into parts. */
  full: field(z.string().min(1).exactOptional(), {
    id: "PersonNames.full",
    label: "Full name",
    description: "The whole name as written, when it cannot be split into parts.",
    sensitivity: "direct-identifier",
  }),
  /** The name in the person's own script. */
  native: field(z.string().min(1).exactOptional(), {
    id: "PersonNames.native",
    label: "Name in native script",
    description: "The name in the person's own script.",
    sensitivity: "direct-identifier",
  }),
  /** Other names the person is known by. */
  aliases: field(z.array(z.string().min(1)).exactOptional(), {
    id: "PersonNames.aliases",
    label: "Aliases",
    description: "Other names the person is known by.",
    sensitivity: "direct-identifier",
  }),
});
/** A person's names. */
export type PersonNames = z.infer<typeof PersonNames>;

/**
 * An age stated or estimated at a date, for people whose birth date is unknown.
 *
 * @example
 * ```ts
 * import type { AgeEstimate } from "@tipx/schema";
 * const age: AgeEstimate = { years: 16, asOf: "2022-03-29" };
 * ```
 */
export const AgeEstimate = z.strictObject({
  /** The age in completed years. */
  years: field(z.int().min(0).max(130), {
    id: "AgeEstimate.years",
    label: "Age in years",
    description: "The age in completed years.",
    sensitivity: "quasi-identifier",
  }),
  /** The date the age was stated or estimated. */
  asOf: field(CalendarDate, {
    id: "AgeEstimate.asOf",
    label: "Age as of",
    description: "The date the age was stated or estimated.",
    sensitivity: "quasi-identifier",
  }),
});
/** An age stated or estimated at a date. */
export type AgeEstimate = z.infer<typeof AgeEstimate>;

/**
 * An identity document: its kind, number and issuing country. Country profiles check the number's
 * format and check digit.
 *
 * @example
 * ```ts
 * import type { IdentityDocument } from "@tipx/schema";
 * const doc: IdentityDocument = { kind: "TH-PIN", number: "1-1120-34563-56-2", issuingCountry: "TH" };
 * ```
 */
export const IdentityDocument = z.strictObject({
  /** The kind of document, such as TH-PIN or passport. */
  kind: field(IdentityDocumentKind, {
    id: "IdentityDocument.kind",
    label: "Document kind",
    description: "The kind of document, such as TH-PIN or passport.",
    sensitivity: "quasi-identifier",
  }),
  /** The document number as printed. */
  number: field(z.string().min(1), {
    id: "IdentityDocument.number",
    label: "Document number",
    description: "The document number as printed.",
    sensitivity: "direct-identifier",
    htcds: "prs_IdentityNumber",
  }),
  /** The country that issued the document. */
  issuingCountry: field(CountryCode.exactOptional(), {
    id: "IdentityDocument.issuingCountry",
    label: "Issuing country",
    description: "The country that issued the document.",
    sensitivity: "quasi-identifier",
  }),
  /** Set when `number` is a keyed pseudonym, not the printed number: country profiles do not check it. */
  pseudonymous: field(z.literal(true).exactOptional(), {
    id: "IdentityDocument.pseudonymous",
    since: "1.1",
    label: "Pseudonymous number",
    description: "Set when `number` is a keyed pseudonym, not the printed number: country profiles do not check it.",
    sensitivity: "none",
  }),
  /** The document's expiry date. */
  expiresOn: field(CalendarDate.exactOptional(), {
    id: "IdentityDocument.expiresOn",
    label: "Expires on",
    description: "The document's expiry date.",
    sensitivity: "quasi-identifier",
  }),
});
/** An identity document. */
export type IdentityDocument = z.infer<typeof IdentityDocument>;

/**
 * The kinds of telephone line HTCDS distinguishes, plus `work` and `other`.
 *
 * @example
 * ```ts
 * import { PHONE_KINDS } from "@tipx/schema";
 * PHONE_KINDS[0]; // "mobile"
 * ```
 */
export const PHONE_KINDS = ["mobile", "home", "work", "other"] as const;

/**
 * A telephone number in E.164 form with the kind of line.
 *
 * @example
 * ```ts
 * import type { Phone } from "@tipx/schema";
 * const phone: Phone = { number: "+66812345678", kind: "mobile" };
 * ```
 */
export const Phone = z.strictObject({
  /** The number in E.164 form (+ country code, national number). */
  number: field(PhoneNumber, {
    id: "Phone.number",
    label: "Phone number",
    description: "The number in E.164 form (+ country code, national number).",
    sensitivity: "direct-identifier",
    htcds: ["prs_MobilePhone", "prs_HomePhone"],
  }),
  /** Mobile, home, work or other. */
  kind: field(z.enum(PHONE_KINDS).exactOptional(), {
    id: "Phone.kind",
    label: "Line kind",
    description: "Mobile, home, work or other.",
    sensitivity: "none",
  }),
});
/** A telephone number with the kind of line. */
export type Phone = z.infer<typeof Phone>;

/**
 * A person's position in an organisation (HTCDS `prs_Title`), such as a labour inspector or a shelter
 * manager, with the organisation when the bundle holds it.
 *
 * @example
 * ```ts
 * import type { Position } from "@tipx/schema";
 * const position: Position = { title: "Labour inspector", organization: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21" };
 * ```
 */
export const Position = z.strictObject({
  /** The position, such as "Labour inspector". */
  title: field(z.string().min(1), {
    id: "Position.title",
    since: "1.1",
    label: "Position",
    description: 'The position, such as "Labour inspector".',
    sensitivity: "quasi-identifier",
    htcds: "prs_Title",
  }),
  /** Id of the Organization the position is in. */
  organization: field(EntityId.exactOptional(), {
    id: "Position.organization",
    since: "1.1",
    label: "Organisation",
    description: "Id of the Organization the position is in.",
    sensitivity: "none",
    references: ["Organization"],
  }),
});
/** A person's position in an organisation. */
export type Position = z.infer<typeof Position>;

/**
 * A person's immigration or residence status in one country, as known at a date.
 *
 * @example
 * ```ts
 * import type { Residence } from "@tipx/schema";
 * const residence: Residence = { country: "TH", status: "irregular", asOf: "2022-03-29" };
 * ```
 */
export const Residence = z.strictObject({
  /** The country the status is in. */
  country: field(CountryCode, {
    id: "Residence.country",
    since: "1.1",
    label: "Country",
    description: "The country the status is in.",
    sensitivity: "quasi-identifier",
  }),
  /** Citizen, resident, registered migrant worker, refugee, irregular... */
  status: field(ResidenceStatus, {
    id: "Residence.status",
    since: "1.1",
    label: "Residence status",
    description: "Citizen, resident, registered migrant worker, refugee, irregular...",
    sensitivity: "sensitive",
  }),
  /** When the status was known to hold. */
  asOf: field(PartialDate.exactOptional(), {
    id: "Residence.asOf",
    since: "1.1",
    label: "As of",
    description: "When the status was known to hold.",
    sensitivity: "quasi-identifier",
  }),
  /** When a temporary status ends. */
  validUntil: field(PartialDate.exactOptional(), {
    id: "Residence.validUntil",
    since: "1.1",
    label: "Valid until",
    description: "When a temporary status ends.",
    sensitivity: "quasi-identifier",
  }),
});
/** A person's residence status in one country. */
export type Residence = z.infer<typeof Residence>;

/**
 * Whether a person is a minor (under 18) or an adult, as recorded by the holder. Checked against the
 * birth date or age estimate (TIPX405).
 *
 * @example
 * ```ts
 * import { MAJORITY_STATUSES } from "@tipx/schema";
 * MAJORITY_STATUSES; // ["minor", "adult", "unknown"]
 * ```
 */
export const MAJORITY_STATUSES = ["minor", "adult", "unknown"] as const;

/** Whether a person is a minor, an adult, or that is unknown. */
export type MajorityStatus = (typeof MAJORITY_STATUSES)[number];

/**
 * A person: victim, presumed victim, suspect, witness, guardian or anyone else a case names. What a
 * person is in a case lives in the case's `parties`, so one person can appear in several cases.
 *
 * @example
 * ```ts
 * import { Person } from "@tipx/schema";
 * const person = Person.parse({
 *   type: "Person",
 *   id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
 *   gender: "Masculine",
 *   birthDate: "2001",
 *   citizenships: ["TH"],
 * });
 * ```
 */
export const Person = z.strictObject({
  ...entityFields("Person"),
  /** The person's names. */
  names: field(PersonNames.exactOptional(), {
    id: "Person.names",
    label: "Names",
    description: "The person's names.",
    sensitivity: "direct-identifier",
  }),
  /** Gender, HTCDS 2.0 values. */
  gender: field(Gender.exactOptional(), {
    id: "Person.gender",
    label: "Gender",
    description: "Gender, HTCDS 2.0 values.",
    sensitivity: "quasi-identifier",
    htcds: "prs_Gender",
    ctdc: ["gender"],
  }),
  /** Birth date, to the year, month or day. */
  birthDate: field(PartialDate.exactOptional(), {
    id: "Person.birthDate",
    label: "Birth date",
    description: "Birth date, to the year, month or day.",
    sensitivity: "quasi-identifier",
    htcds: "prs_Birthdate",
    ctdc: ["ageBroad", "majorityStatus"],
  }),
  /** An age stated or estimated at a date, when the birth date is unknown. */
  ageEstimate: field(AgeEstimate.exactOptional(), {
    id: "Person.ageEstimate",
    label: "Age estimate",
    description: "An age stated or estimated at a date, when the birth date is unknown.",
    sensitivity: "quasi-identifier",
    ctdc: ["ageBroad", "majorityStatus"],
  }),
  /** Whether the person is a minor (under 18) or an adult, as recorded. */
  majorityStatus: field(z.enum(MAJORITY_STATUSES).exactOptional(), {
    id: "Person.majorityStatus",
    label: "Minor or adult",
    description: "Whether the person is a minor (under 18) or an adult, as recorded.",
    sensitivity: "quasi-identifier",
    ctdc: ["majorityStatus"],
  }),
  /** Whether the person has died. */
  deceased: field(z.boolean().exactOptional(), {
    id: "Person.deceased",
    label: "Deceased",
    description: "Whether the person has died.",
    sensitivity: "sensitive",
    htcds: "prs_Deceased",
  }),
  /** Countries of citizenship, ISO 3166-1 alpha-2, or ZZ (unknown) or XXA (stateless); several allowed. */
  citizenships: field(z.array(CitizenshipCode).exactOptional(), {
    id: "Person.citizenships",
    label: "Citizenships",
    description: "Countries of citizenship, ISO 3166-1 alpha-2, or ZZ (unknown) or XXA (stateless); several allowed.",
    sensitivity: "quasi-identifier",
    htcds: "prs_Citizenship",
    ctdc: ["citizenship"],
  }),
  /** The country the person comes from, which may differ from their citizenship. */
  countryOfOrigin: field(CountryCode.exactOptional(), {
    id: "Person.countryOfOrigin",
    since: "1.1",
    label: "Country of origin",
    description: "The country the person comes from, which may differ from their citizenship.",
    sensitivity: "quasi-identifier",
  }),
  /** Immigration or residence status, per country. */
  residence: field(z.array(Residence).exactOptional(), {
    id: "Person.residence",
    since: "1.1",
    label: "Residence status",
    description: "Immigration or residence status, per country.",
    sensitivity: "sensitive",
  }),
  /** Languages spoken, ISO 639-3 (ISO 639-1 codes accepted), the primary language first. */
  languages: field(z.array(LanguageCode).exactOptional(), {
    id: "Person.languages",
    label: "Languages",
    description: "Languages spoken, ISO 639-3 (ISO 639-1 codes accepted), the primary language first.",
    sensitivity: "quasi-identifier",
    htcds: ["prs_PrimaryLanguage", "prs_SecondaryLanguage"],
  }),
  /** Marital status, HTCDS 2.0 values. */
  maritalStatus: field(MaritalStatus.exactOptional(), {
    id: "Person.maritalStatus",
    label: "Marital status",
    description: "Marital status, HTCDS 2.0 values.",
    sensitivity: "quasi-identifier",
    htcds: "prs_MaritalStatus",
  }),
  /** How many children the person has. */
  numberOfChildren: field(z.int().min(0).max(50).exactOptional(), {
    id: "Person.numberOfChildren",
    label: "Number of children",
    description: "How many children the person has.",
    sensitivity: "quasi-identifier",
    htcds: "prs_NumberOfChildren",
  }),
  /** Highest level of education completed (ISCED 2011). */
  education: field(EducationLevel.exactOptional(), {
    id: "Person.education",
    label: "Highest level of education",
    description: "Highest level of education completed (ISCED 2011).",
    sensitivity: "quasi-identifier",
    htcds: "prs_HighestLevelOfEducation",
  }),
  /** National ids, passports and other documents. */
  identityDocuments: field(z.array(IdentityDocument).exactOptional(), {
    id: "Person.identityDocuments",
    label: "Identity documents",
    description: "National ids, passports and other documents.",
    sensitivity: "direct-identifier",
    htcds: "prs_IdentityNumber",
  }),
  /** Telephone numbers in E.164 form. */
  phones: field(z.array(Phone).exactOptional(), {
    id: "Person.phones",
    label: "Phones",
    description: "Telephone numbers in E.164 form.",
    sensitivity: "direct-identifier",
    htcds: ["prs_MobilePhone", "prs_HomePhone"],
  }),
  /** E-mail address. */
  email: field(z.email().exactOptional(), {
    id: "Person.email",
    label: "E-mail",
    description: "E-mail address.",
    sensitivity: "direct-identifier",
    htcds: "prs_Email",
  }),
  /** The person's position in an organisation, such as a case worker's or an officer's. */
  position: field(Position.exactOptional(), {
    id: "Person.position",
    since: "1.1",
    label: "Position",
    description: "The person's position in an organisation, such as a case worker's or an officer's.",
    sensitivity: "quasi-identifier",
  }),
  /** Mailing or home address. */
  address: field(Place.exactOptional(), {
    id: "Person.address",
    label: "Address",
    description: "Mailing or home address.",
    sensitivity: "direct-identifier",
    htcds: [
      "prs_MailingStreet",
      "prs_MailingCity",
      "prs_MailingState",
      "prs_MailingPostalCode",
      "prs_MailingCountry",
      "prs_MailingLatitude",
      "prs_MailingLongitude",
    ],
  }),
});
/** A person named in a case, operation, referral or consent. */
export type Person = z.infer<typeof Person>;
