/**
 * @tipx/schema: the tipx 1.0 exchange model for anti-trafficking case data. Code lists, zod schemas
 * with inferred types, field metadata, `validate()` with coded issues in English, Thai and Spanish,
 * country profiles for Thailand, Liberia, Paraguay and Argentina, and JSON Schema.
 *
 * @packageDocumentation
 */

// The public surface, by name, each export once, in the order of the files that define it (code lists,
// i18n, issues, metadata, model, profiles, rules, validate). `api-report.md` records it for review.

export { CITIZENSHIP_CODES, CitizenshipCode } from "./codelists/citizenship";
export { CLASSIFICATIONS, Classification, classifications } from "./codelists/classifications";
export { codeForAlias } from "./codelists/code-for-alias";
export type { CodeList, CodeMeta, CodeStatus } from "./codelists/codelist";
export { defineCodeList, isCode, isOneOf } from "./codelists/codelist";
export {
  ASSENT_DECISIONS,
  AssentDecision,
  assentDecisions,
  CONSENT_DECISIONS,
  CONSENT_INFORMATION,
  CONSENT_KINDS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  ConsentDecision,
  ConsentInformation,
  ConsentKind,
  ConsentMethod,
  ConsentPurpose,
  consentDecisions,
  consentInformation,
  consentKinds,
  consentMethods,
  consentPurposes,
} from "./codelists/consent-purposes";
export {
  COUNTRY_CODES,
  COUNTRY_DETAILS,
  CountryCode,
  countries,
  USER_ASSIGNED_CITIZENSHIPS,
} from "./codelists/countries";
export { alpha3ToAlpha2, numericToAlpha2 } from "./codelists/countries-lookup";
export {
  FORCED_CRIMINALITY_TYPES,
  ForcedCriminalityType,
  forcedCriminalityTypes,
} from "./codelists/forced-criminality";
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
export { ORGANIZATION_TYPES, OrganizationType, organizationTypes } from "./codelists/htcds-organization";
export { PERPETRATOR_ROLES, PerpetratorRole, perpetratorRoles } from "./codelists/htcds-perpetrator";
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
export { SUPPORT_PLAN_TYPES, SupportPlanType, supportPlanTypes } from "./codelists/htcds-support-plan";
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
  RELATIONSHIPS_TO_TRAFFICKER,
  RecruitmentMethod,
  RelationshipToTrafficker,
  recruitmentMethods,
  recruitmentWebsitesAndApps,
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
export {
  IDENTIFICATION_DECISIONS,
  IDENTIFICATION_PROCEDURES,
  IdentificationDecision,
  IdentificationProcedure,
  identificationDecisions,
  identificationProcedures,
} from "./codelists/identification";
export { IDENTITY_DOCUMENT_KINDS, IdentityDocumentKind, identityDocumentKinds } from "./codelists/identity-documents";
export type { IndustrySubdivisionDetail } from "./codelists/isic";
export {
  INDUSTRY_SUBDIVISION_DETAILS,
  INDUSTRY_SUBDIVISIONS,
  IndustrySubdivision,
  ISIC_CODES,
  ISIC_SECTIONS,
  IsicCode,
  IsicSection,
  industrySubdivisions,
  isicCodes,
  isicSections,
} from "./codelists/isic";
export type { LanguageDetails, LanguageScope, LanguageType } from "./codelists/language-codes";
export { languageDetails, toIso6392, toIso6393 } from "./codelists/language-codes";
export type { Iso6391Code, Iso6393Code } from "./codelists/languages";
export {
  ISO639_1_CODES,
  ISO639_1_TO_3,
  LANGUAGE_CODES,
  LANGUAGE_DETAILS,
  LanguageCode,
  languages,
} from "./codelists/languages";
export { LEGAL_OUTCOMES, LEGAL_STAGES, LegalOutcome, LegalStage, legalOutcomes, legalStages } from "./codelists/legal";
export type { CodeCandidate, NearestCodesOptions } from "./codelists/nearest-codes";
export { nearestCodes } from "./codelists/nearest-codes";
export { OPERATION_KINDS, OperationKind, operationKinds } from "./codelists/operations";
export { PARTY_ROLES, PartyRole, partyRoles } from "./codelists/party-roles";
export { REFERRAL_SERVICES, ReferralService, referralServices } from "./codelists/referral-services";
export {
  REFERRAL_STATUS_TRANSITIONS,
  REFERRAL_STATUSES,
  ReferralStatus,
  referralStatuses,
} from "./codelists/referral-statuses";
export { CODE_LISTS, getCodeList, HTCDS_PICKLISTS } from "./codelists/registry";
export { RESIDENCE_STATUSES, ResidenceStatus, residenceStatuses } from "./codelists/residence-statuses";
export {
  BORDER_CROSSING_KINDS,
  BorderCrossingKind,
  borderCrossingKinds,
  LEG_ROLES,
  LegRole,
  legRoles,
  TRANSPORT_MODES,
  TransportMode,
  transportModes,
} from "./codelists/route";
export {
  PERPETRATOR_RELATIONSHIPS,
  PerpetratorRelationship,
  PROCESS_ROLES,
  ProcessRole,
  perpetratorRelationships,
  processRoles,
} from "./codelists/victim-perpetrator";
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
export { defineCatalogue, definePartialCatalogue } from "./i18n/catalogue";
export type { CatalogueCoverage, Fallback } from "./i18n/coverage";
export { catalogueCoverage, catalogueKeys, PARTIALLY_NAMED_CODE_LISTS, translatableCodeLists } from "./i18n/coverage";
export type { Explanation } from "./i18n/explain";
export { explain } from "./i18n/explain";
export type { Lang } from "./i18n/lang";
export { LANGS } from "./i18n/lang";
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
export { CODE_LIST_ISSUES, SHORT_CODE_LIST } from "./issues/codelists";
export { CONSISTENCY_ISSUES } from "./issues/consistency";
export type {
  ConversionFormat,
  ConversionValueKind,
  MalformedRowReason,
  MappingProblem,
  UnreadableFileReason,
  ValueChange,
} from "./issues/conversion";
export {
  CONVERSION_FORMAT_NAMES,
  CONVERSION_FORMATS,
  CONVERSION_ISSUES,
  CONVERSION_VALUE_KINDS,
  MALFORMED_ROW_REASONS,
  MAPPING_PROBLEMS,
  UNREADABLE_FILE_REASONS,
  VALUE_CHANGES,
} from "./issues/conversion";
export type { DecryptFailureReason, UnsafeJoseReason } from "./issues/exchange";
export { EXCHANGE_ISSUES, UNSAFE_JOSE_REASONS } from "./issues/exchange";
export { INTERNAL_ISSUES } from "./issues/internal";
export type {
  IssueDefinition,
  IssueParamRecord,
  IssueParamValue,
  MessageTemplate,
  Names,
  Severity,
} from "./issues/issue";
export { defineIssue } from "./issues/issue";
export type { Issue, IssueCode, IssueFamily, IssueParams } from "./issues/issues";
export { ISSUE_CODES, ISSUES, isIssueCode, issueFamily } from "./issues/issues";
export type { ConsentMismatch } from "./issues/privacy";
export { PRIVACY_ISSUES } from "./issues/privacy";
export type { ProfileIssueCode } from "./issues/profile";
export { PROFILE_ISSUES } from "./issues/profile";
export { QUALITY_ISSUES } from "./issues/quality";
export { STRUCTURE_ISSUES } from "./issues/structure";
export type { FormatName, JsonType, NotPlainReason, SizeUnit, TermKey } from "./issues/terms";
export { FORMAT_NAMES, JSON_TYPES, NOT_PLAIN_REASONS, TERMS } from "./issues/terms";
export type { JsonSchemaFile, JsonSchemaOptions } from "./json-schema/generate";
export {
  generateJsonSchemas,
  JSON_SCHEMA_BASE,
  serializeJsonSchema,
  TIPX_JSON_SCHEMA_KEYWORDS,
} from "./json-schema/generate";
export type { ModelField } from "./metadata/list-fields";
export { listFields } from "./metadata/list-fields";
export type { FieldMeta, FieldMetaInput, ModelVersion } from "./metadata/registry";
export { field, fieldRegistry } from "./metadata/registry";
export type { Sensitivity } from "./metadata/sensitivity";
export { moreSensitive, SENSITIVITIES } from "./metadata/sensitivity";
export { Assessment, AssessmentAnswer, AssessmentResult, IndicatorFinding, TRI_STATES } from "./model/assessment";
export { Bundle, BundleSignature, Entity, Party, TIPX_VERSION, TIPX_VERSIONS } from "./model/bundle";
export {
  BorderCrossing,
  Case,
  CaseComment,
  Jurisdiction,
  LegParticipant,
  SupportPlan,
  TraffickingEvent,
} from "./model/case";
export {
  CaseParty,
  Identification,
  PerpetratorContext,
  PerpetratorLink,
  VictimContext,
} from "./model/case-party";
export { CaseWorker } from "./model/case-worker";
export { Assent, Consent } from "./model/consent";
export type { EntityType } from "./model/entity-base";
export { ENTITY_TYPES } from "./model/entity-base";
export type { Duration } from "./model/event-duration";
export { eventDuration } from "./model/event-duration";
export { findField, modelFields } from "./model/field-index";
export { Charge, LegalProceeding, Sentence } from "./model/legal-proceeding";
export { Operation, OperationHeadcount } from "./model/operation";
export { Organization } from "./model/organization";
export { earliestDay, isCertainlyBefore, latestDay } from "./model/partial-date-range";
export {
  AgeEstimate,
  IdentityDocument,
  MAJORITY_STATUSES,
  Person,
  PersonNames,
  PHONE_KINDS,
  Phone,
  Position,
  Residence,
} from "./model/person";
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
export { Referral } from "./model/referral";
export { AGENCIES, findAgency } from "./profiles/agencies/agencies";
export type { AgencyList, AgencyMeta, AgencyRole } from "./profiles/agencies/agency";
export { AGENCY_ROLES } from "./profiles/agencies/agency";
export type { ArgentineAgencyCode } from "./profiles/ar/agencies";
export { ARGENTINE_AGENCY_CODES, argentineAgencies } from "./profiles/ar/agencies";
export { argentineCuil, argentineCuit, argentineDni, CUIT_PREFIXES, cuitCheckDigit } from "./profiles/ar/identifiers";
export type { ArgentineInstrumentCode } from "./profiles/ar/law";
export { ARGENTINE_INSTRUMENT_CODES, argentineLegalInstruments } from "./profiles/ar/law";
export type { ArgentineSubdivisionCode } from "./profiles/ar/subdivisions";
export { ARGENTINE_SUBDIVISION_CODES, argentineSubdivisions } from "./profiles/ar/subdivisions";
export type { ProfileCalendar } from "./profiles/calendar/calendar";
export type { AgeLimit, ChildLabourAges } from "./profiles/child-labour/age-limit";
export { CHILD_LABOUR_AGES } from "./profiles/child-labour/ages";
export type { CountryFacts } from "./profiles/country/country-facts";
export { COUNTRY_FACTS } from "./profiles/country/facts";
export type {
  IdentificationFacts,
  IdentificationInstrument,
  IdentificationProcedureList,
  IdentificationProcedureMeta,
  ProtectionPeriodFacts,
  ReferralMechanismList,
  ReferralMechanismMeta,
} from "./profiles/identification/identification";
export { checkIdentifier, normalizeIdentifier } from "./profiles/identifiers/check";
export { IDENTIFIER_KINDS, IdentifierKind, isIdentifierKind } from "./profiles/identifiers/kinds";
export { passportNumber } from "./profiles/identifiers/passport-number";
export type {
  CheckDigitScheme,
  IdentifierCheck,
  IdentifierNormalization,
  IdentifierSpec,
} from "./profiles/identifiers/spec";
export { IDENTIFIER_SPECS, identifierSpecsOf } from "./profiles/identifiers/specs";
export type { JsonSchemaObject } from "./profiles/json-schema-overlay";
export { profileJsonSchemaOverlay } from "./profiles/json-schema-overlay";
export type {
  InstrumentKind,
  LegalInstrumentList,
  LegalInstrumentMeta,
  LegalSectionList,
} from "./profiles/law/instrument";
export { INSTRUMENT_KINDS } from "./profiles/law/instrument";
export { findLegalInstrument, LEGAL_INSTRUMENTS } from "./profiles/law/instruments";
export type { ProfileLocale } from "./profiles/locales/locale";
export { findProfileLocale, PROFILE_LOCALES } from "./profiles/locales/locales";
export type { LiberianAgencyCode } from "./profiles/lr/agencies";
export { LIBERIAN_AGENCY_CODES, liberianAgencies } from "./profiles/lr/agencies";
export { liberianIdentification } from "./profiles/lr/identification";
export { liberianNin } from "./profiles/lr/identifiers";
export type { LiberianInstrumentCode } from "./profiles/lr/law";
export { LIBERIAN_INSTRUMENT_CODES, liberianLegalInstruments } from "./profiles/lr/law";
export type { LiberianSubdivisionCode } from "./profiles/lr/subdivisions";
export { LIBERIAN_SUBDIVISION_CODES, liberianSubdivisions } from "./profiles/lr/subdivisions";
export type { PhoneCheck } from "./profiles/phone/check-phone";
export { checkPhone } from "./profiles/phone/check-phone";
export type { PhonePlan } from "./profiles/phone/plan";
export { PHONE_PLANS } from "./profiles/phone/plans";
export type { CountryProfile } from "./profiles/profile";
export { isProfileCode, PROFILE_CODES, ProfileCode } from "./profiles/profile-code";
export type { IdentifierSpecJson, ProfileJson } from "./profiles/profile-json";
export { profileToJson } from "./profiles/profile-json";
export { profiles } from "./profiles/profiles";
export type { ParaguayanAgencyCode } from "./profiles/py/agencies";
export { PARAGUAYAN_AGENCY_CODES, paraguayanAgencies } from "./profiles/py/agencies";
export { paraguayanCedula, paraguayanRuc, rucCheckDigit } from "./profiles/py/identifiers";
export type { ParaguayanInstrumentCode } from "./profiles/py/law";
export { PARAGUAYAN_INSTRUMENT_CODES, paraguayanLegalInstruments } from "./profiles/py/law";
export type { ParaguayanSubdivisionCode } from "./profiles/py/subdivisions";
export { PARAGUAYAN_SUBDIVISION_CODES, paraguayanSubdivisions } from "./profiles/py/subdivisions";
export type { Sourced, SourcedCodeList, SourcedCodeMeta } from "./profiles/sourced";
export { defineSourcedCodeList } from "./profiles/sourced";
export type { SubdivisionList, SubdivisionMeta, SubdivisionType } from "./profiles/subdivisions/subdivision";
export { SUBDIVISION_TYPES } from "./profiles/subdivisions/subdivision";
export { isSubdivisionOf, SUBDIVISIONS } from "./profiles/subdivisions/subdivisions";
export type { ThaiAgencyCode } from "./profiles/th/agencies";
export { THAI_AGENCY_CODES, thaiAgencies } from "./profiles/th/agencies";
export type { BuddhistEraOptions } from "./profiles/th/dates/buddhist-era";
export {
  BE_NEW_YEAR_REFORM,
  BUDDHIST_ERA_OFFSET,
  buddhistToCommonEraYear,
  commonToBuddhistEraYear,
} from "./profiles/th/dates/buddhist-era";
export type { ThaiDateFormatOptions, ThaiDateStyle } from "./profiles/th/dates/format-thai-date";
export { formatThaiDate, THAI_DATE_STYLES } from "./profiles/th/dates/format-thai-date";
export type { ThaiDateError, ThaiDateParse } from "./profiles/th/dates/parse-thai-date";
export { parseThaiDate, THAI_DATE_ERRORS } from "./profiles/th/dates/parse-thai-date";
export { fromThaiDigits, toThaiDigits } from "./profiles/th/dates/thai-digits";
export { THAI_MONTHS } from "./profiles/th/dates/thai-months";
export { thaiIdentification } from "./profiles/th/identification";
export { thaiPin, thaiPinCheckDigit } from "./profiles/th/identifiers";
export type { ThaiInstrumentCode } from "./profiles/th/law";
export { THAI_INSTRUMENT_CODES, thaiLegalInstruments } from "./profiles/th/law";
export type { ThaiSubdivisionCode } from "./profiles/th/subdivisions";
export { THAI_SUBDIVISION_CODES, thaiSubdivisions } from "./profiles/th/subdivisions";
export { toJsonPointer } from "./rules/json-pointer";
export { listReferences } from "./rules/references";
export type { BundleIndex, PathSegment, ProfileRule, ReportedParams, Rule, RuleContext } from "./rules/rule";
export type { ValidationLevel } from "./validate/format-issue";
export type { ValidateJsonOptions, ValidateOptions } from "./validate/options";
export { DEFAULT_MAX_ISSUES, VALIDATION_LEVELS } from "./validate/options";
export { RESERVED_KEYS } from "./validate/plain-data";
export type { ValidationResult } from "./validate/validate";
export { validate, validateJson } from "./validate/validate";
