/**
 * @tipx/schema: the tipx 1.0 exchange model for anti-trafficking case data. Code lists, zod schemas
 * with inferred types, field metadata, `validate()` with coded issues in English, Thai and Spanish,
 * country profiles for Thailand, Liberia, Paraguay and Argentina, and JSON Schema.
 *
 * @packageDocumentation
 */

// Languages and translation catalogues (each language is its own module: @tipx/schema/locales/th, .../es)
export { LANGS } from "./i18n/lang";
export type { Lang } from "./i18n/lang";
export { defineCatalogue, definePartialCatalogue } from "./i18n/catalogue";
export type {
  Catalogue,
  CatalogueText,
  CodeListTexts,
  CompleteCatalogue,
  FieldTexts,
  IssueCatalogue,
  IssueTexts,
  TermCatalogue,
} from "./i18n/catalogue";
export {
  codeLabel,
  codeListName,
  fieldDescription,
  fieldLabel,
  issueTexts,
  namesIn,
  renderMessage,
  termText,
} from "./i18n/text";
export { catalogueCoverage, catalogueKeys, translatableCodeLists } from "./i18n/coverage";
export type { CatalogueCoverage, Fallback } from "./i18n/coverage";

// Code lists
export type { CodeList, CodeMeta, CodeStatus } from "./codelists/codelist";
export { defineCodeList, isCode, isOneOf } from "./codelists/codelist";
export { ORGANIZATION_TYPES, OrganizationType, organizationTypes } from "./codelists/htcds-organization";
export {
  EDUCATION_LEVELS,
  EducationLevel,
  educationLevels,
  GENDERS,
  Gender,
  genders,
  MARITAL_STATUSES,
  MaritalStatus,
  maritalStatuses,
} from "./codelists/htcds-person";
export {
  EXPLOITATION_TYPES,
  ExploitationType,
  exploitationTypes,
  exploitationWebsitesAndApps,
  FORCED_LABOUR_INDUSTRIES,
  FORCED_LABOUR_INDUSTRY_TO_ISIC_SECTION,
  ForcedLabourIndustry,
  forcedLabourIndustries,
  METHODS_OF_CONTROL,
  MethodOfControl,
  methodsOfControl,
  RECRUITMENT_METHODS,
  RecruitmentMethod,
  recruitmentMethods,
  recruitmentWebsitesAndApps,
  RELATIONSHIPS_TO_TRAFFICKER,
  RelationshipToTrafficker,
  relationshipsToTrafficker,
  SEX_EXPLOITATION_TYPES,
  SexExploitationType,
  sexExploitationTypes,
  TRAFFICKING_STATUS_DECIDERS,
  TRAFFICKING_STATUSES,
  TraffickingStatus,
  TraffickingStatusDecider,
  traffickingStatusDeciders,
  traffickingStatuses,
  VULNERABILITIES,
  Vulnerability,
  vulnerabilities,
  WEBSITES_AND_APPS,
  WebsiteOrApp,
} from "./codelists/htcds-victim";
export { PERPETRATOR_ROLES, PerpetratorRole, perpetratorRoles } from "./codelists/htcds-perpetrator";
export {
  CASE_STATUSES,
  CaseStatus,
  caseStatuses,
  incomingReferralReasons,
  outgoingReferralReasons,
  REFERRAL_REASONS,
  ReferralReason,
} from "./codelists/htcds-case";
export { TRAFFICKING_EVENT_TYPES, TraffickingEventType, traffickingEventTypes } from "./codelists/htcds-events";
export { SUPPORT_PLAN_TYPES, SupportPlanType, supportPlanTypes } from "./codelists/htcds-support-plan";
export type { IndustrySubdivisionDetail } from "./codelists/isic";
export {
  INDUSTRY_SUBDIVISION_DETAILS,
  INDUSTRY_SUBDIVISIONS,
  IndustrySubdivision,
  industrySubdivisions,
  ISIC_CODES,
  ISIC_SECTIONS,
  IsicCode,
  isicCodes,
  IsicSection,
  isicSections,
} from "./codelists/isic";
export { IDENTITY_DOCUMENT_KINDS, IdentityDocumentKind, identityDocumentKinds } from "./codelists/identity-documents";
export { REFERRAL_STATUS_TRANSITIONS, REFERRAL_STATUSES, ReferralStatus, referralStatuses } from "./codelists/referral-statuses";
export {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  ConsentMethod,
  consentMethods,
  ConsentPurpose,
  consentPurposes,
} from "./codelists/consent-purposes";
export { PARTY_ROLES, PartyRole, partyRoles } from "./codelists/party-roles";
export { OPERATION_KINDS, OperationKind, operationKinds } from "./codelists/operations";
export { LEGAL_OUTCOMES, LEGAL_STAGES, LegalOutcome, legalOutcomes, LegalStage, legalStages } from "./codelists/legal";
export { REFERRAL_SERVICES, ReferralService, referralServices } from "./codelists/referral-services";
export { CLASSIFICATIONS, Classification, classifications } from "./codelists/classifications";
export { COUNTRY_CODES, COUNTRY_DETAILS, CountryCode, countries } from "./codelists/countries";
export { LANGUAGE_CODES, LanguageCode, languages } from "./codelists/languages";
export { CODE_LISTS, getCodeList, HTCDS_PICKLISTS } from "./codelists/registry";
export { alpha3ToAlpha2, numericToAlpha2 } from "./codelists/countries-lookup";

// Field metadata
export { field, fieldRegistry } from "./metadata/registry";
export type { FieldMeta, FieldMetaInput, ModelVersion } from "./metadata/registry";
export { moreSensitive, SENSITIVITIES } from "./metadata/sensitivity";
export type { Sensitivity } from "./metadata/sensitivity";

// The model
export {
  CalendarDate,
  DateTime,
  EntityId,
  Extensions,
  Identifier,
  PartialDate,
  PhoneNumber,
  Place,
  RecordMeta,
  SubdivisionCode,
} from "./model/primitives";
export { earliestDay, isCertainlyBefore, latestDay } from "./model/partial-date-range";
export { findField, modelFields } from "./model/field-index";
export { ENTITY_TYPES } from "./model/entity-base";
export type { EntityType } from "./model/entity-base";
export { AgeEstimate, IdentityDocument, MAJORITY_STATUSES, Person, PersonNames, Phone, PHONE_KINDS } from "./model/person";
export { Organization } from "./model/organization";
export { CaseParty, PerpetratorContext, VictimContext } from "./model/case-party";
export { Case, CaseComment, Jurisdiction, SupportPlan, TraffickingEvent } from "./model/case";
export { Operation, OperationHeadcount } from "./model/operation";
export { Referral } from "./model/referral";
export { Consent } from "./model/consent";
export { Assessment, AssessmentAnswer, AssessmentResult, IndicatorFinding, TRI_STATES } from "./model/assessment";
export { Charge, LegalProceeding, Sentence } from "./model/legal-proceeding";
export { Bundle, Entity, Party, TIPX_VERSION } from "./model/bundle";

// Issues and validation
export { defineIssue } from "./issues/issue";
export type { IssueDefinition, IssueParamRecord, IssueParamValue, MessageTemplate, Names, Severity } from "./issues/issue";
export { FORMAT_NAMES, JSON_TYPES, TERMS } from "./issues/terms";
export type { FormatName, JsonType, SizeUnit, TermKey } from "./issues/terms";
export { STRUCTURE_ISSUES } from "./issues/structure";
export { CODE_LIST_ISSUES } from "./issues/codelists";
export { PROFILE_ISSUES } from "./issues/profile";
export type { ProfileIssueCode } from "./issues/profile";
export { CONSISTENCY_ISSUES } from "./issues/consistency";
export { PRIVACY_ISSUES } from "./issues/privacy";
export { QUALITY_ISSUES } from "./issues/quality";
export { ISSUE_CODES, ISSUES, isIssueCode, issueFamily } from "./issues/issues";
export type { Issue, IssueCode, IssueFamily, IssueParams } from "./issues/issues";
export { explain } from "./i18n/explain";
export type { Explanation } from "./i18n/explain";
export { validate } from "./validate/validate";
export { listReferences } from "./rules/references";
export type { ValidateOptions, ValidationResult } from "./validate/validate";
export type { ValidationLevel } from "./validate/format-issue";
export { toJsonPointer } from "./rules/json-pointer";
export type { BundleIndex, PathSegment, ReportedParams, Rule, RuleContext } from "./rules/rule";

// Field listing and JSON Schema
export { listFields } from "./metadata/list-fields";
export type { ModelField } from "./metadata/list-fields";
export { generateJsonSchemas, JSON_SCHEMA_BASE, serializeJsonSchema, TIPX_JSON_SCHEMA_KEYWORDS } from "./json-schema/generate";
export type { JsonSchemaFile, JsonSchemaOptions } from "./json-schema/generate";

// Country profiles
export { isProfileCode, PROFILE_CODES, ProfileCode } from "./profiles/profile-code";
export { defineSourcedCodeList } from "./profiles/sourced";
export type { Sourced, SourcedCodeList, SourcedCodeMeta } from "./profiles/sourced";
export { IDENTIFIER_KINDS, IdentifierKind, isIdentifierKind } from "./profiles/identifiers/kinds";
export type { CheckDigitScheme, IdentifierCheck, IdentifierNormalization, IdentifierSpec } from "./profiles/identifiers/spec";
export { thaiPin, thaiPinCheckDigit } from "./profiles/th/identifiers";
export { argentineCuil, argentineCuit, argentineDni, CUIT_PREFIXES, cuitCheckDigit } from "./profiles/ar/identifiers";
export { paraguayanCedula, paraguayanRuc, rucCheckDigit } from "./profiles/py/identifiers";
export { liberianNin } from "./profiles/lr/identifiers";
export { passportNumber } from "./profiles/identifiers/passport-number";
export { IDENTIFIER_SPECS, identifierSpecsOf } from "./profiles/identifiers/specs";
export { checkIdentifier, normalizeIdentifier } from "./profiles/identifiers/check";
export { SUBDIVISION_TYPES } from "./profiles/subdivisions/subdivision";
export type { SubdivisionList, SubdivisionMeta, SubdivisionType } from "./profiles/subdivisions/subdivision";
export { THAI_SUBDIVISION_CODES, thaiSubdivisions } from "./profiles/th/subdivisions";
export type { ThaiSubdivisionCode } from "./profiles/th/subdivisions";
export { ARGENTINE_SUBDIVISION_CODES, argentineSubdivisions } from "./profiles/ar/subdivisions";
export type { ArgentineSubdivisionCode } from "./profiles/ar/subdivisions";
export { PARAGUAYAN_SUBDIVISION_CODES, paraguayanSubdivisions } from "./profiles/py/subdivisions";
export type { ParaguayanSubdivisionCode } from "./profiles/py/subdivisions";
export { LIBERIAN_SUBDIVISION_CODES, liberianSubdivisions } from "./profiles/lr/subdivisions";
export type { LiberianSubdivisionCode } from "./profiles/lr/subdivisions";
export { isSubdivisionOf, SUBDIVISIONS } from "./profiles/subdivisions/subdivisions";
export { PHONE_PLANS } from "./profiles/phone/plans";
export type { PhonePlan } from "./profiles/phone/plan";
export { checkPhone } from "./profiles/phone/check-phone";
export type { PhoneCheck } from "./profiles/phone/check-phone";
export { BE_NEW_YEAR_REFORM, BUDDHIST_ERA_OFFSET, buddhistToCommonEraYear, commonToBuddhistEraYear } from "./profiles/th/dates/buddhist-era";
export type { BuddhistEraOptions } from "./profiles/th/dates/buddhist-era";
export { THAI_MONTHS } from "./profiles/th/dates/thai-months";
export { fromThaiDigits, toThaiDigits } from "./profiles/th/dates/thai-digits";
export { parseThaiDate, THAI_DATE_ERRORS } from "./profiles/th/dates/parse-thai-date";
export type { ThaiDateError, ThaiDateParse } from "./profiles/th/dates/parse-thai-date";
export { formatThaiDate, THAI_DATE_STYLES } from "./profiles/th/dates/format-thai-date";
export type { ThaiDateFormatOptions, ThaiDateStyle } from "./profiles/th/dates/format-thai-date";
export type { ProfileCalendar } from "./profiles/calendar/calendar";
export { INSTRUMENT_KINDS } from "./profiles/law/instrument";
export type { InstrumentKind, LegalInstrumentList, LegalInstrumentMeta, LegalSectionList } from "./profiles/law/instrument";
export { THAI_INSTRUMENT_CODES, thaiLegalInstruments } from "./profiles/th/law";
export type { ThaiInstrumentCode } from "./profiles/th/law";
export { ARGENTINE_INSTRUMENT_CODES, argentineLegalInstruments } from "./profiles/ar/law";
export type { ArgentineInstrumentCode } from "./profiles/ar/law";
export { PARAGUAYAN_INSTRUMENT_CODES, paraguayanLegalInstruments } from "./profiles/py/law";
export type { ParaguayanInstrumentCode } from "./profiles/py/law";
export { LIBERIAN_INSTRUMENT_CODES, liberianLegalInstruments } from "./profiles/lr/law";
export type { LiberianInstrumentCode } from "./profiles/lr/law";
export { findLegalInstrument, LEGAL_INSTRUMENTS } from "./profiles/law/instruments";
export { AGENCY_ROLES } from "./profiles/agencies/agency";
export type { AgencyList, AgencyMeta, AgencyRole } from "./profiles/agencies/agency";
export { THAI_AGENCY_CODES, thaiAgencies } from "./profiles/th/agencies";
export type { ThaiAgencyCode } from "./profiles/th/agencies";
export { ARGENTINE_AGENCY_CODES, argentineAgencies } from "./profiles/ar/agencies";
export type { ArgentineAgencyCode } from "./profiles/ar/agencies";
export { PARAGUAYAN_AGENCY_CODES, paraguayanAgencies } from "./profiles/py/agencies";
export type { ParaguayanAgencyCode } from "./profiles/py/agencies";
export { LIBERIAN_AGENCY_CODES, liberianAgencies } from "./profiles/lr/agencies";
export type { LiberianAgencyCode } from "./profiles/lr/agencies";
export { AGENCIES, findAgency } from "./profiles/agencies/agencies";
export { CHILD_LABOUR_AGES } from "./profiles/child-labour/ages";
export type { AgeLimit, ChildLabourAges } from "./profiles/child-labour/age-limit";
export { findProfileLocale, PROFILE_LOCALES } from "./profiles/locales/locales";
export type { ProfileLocale } from "./profiles/locales/locale";
export { COUNTRY_FACTS } from "./profiles/country/facts";
export type { CountryFacts } from "./profiles/country/country-facts";
export type { CountryProfile } from "./profiles/profile";
export { profiles } from "./profiles/profiles";
export { profileToJson } from "./profiles/profile-json";
export type { IdentifierSpecJson, ProfileJson } from "./profiles/profile-json";
export { profileJsonSchemaOverlay } from "./profiles/json-schema-overlay";
export type { JsonSchemaObject } from "./profiles/json-schema-overlay";
