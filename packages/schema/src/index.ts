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

// Code lists (the barrel lists every list by name)
export * from "./codelists/index";
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
export { listReferences } from "./validate/rules/references";
export type { ValidateOptions, ValidationResult } from "./validate/validate";
export type { ValidationLevel } from "./validate/format-issue";
export { toJsonPointer } from "./validate/raw-issue";
export type { BundleIndex, PathSegment, ReportedParams, Rule, RuleContext } from "./validate/rule";

// Country profiles
export { isProfileCode, PROFILE_CODES, ProfileCode } from "./profiles/profile-code";
export { listFields } from "./metadata/list-fields";
export type { ModelField } from "./metadata/list-fields";
export { generateJsonSchemas, JSON_SCHEMA_BASE, serializeJsonSchema, TIPX_JSON_SCHEMA_KEYWORDS } from "./json-schema/generate";
export type { JsonSchemaFile } from "./json-schema/generate";
export * from "./profiles/index";
