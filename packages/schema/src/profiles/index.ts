// The public surface of the country profiles, re-exported by name so that every export is a
// deliberate choice. The package index re-exports this file.

// Profile codes and sourced data
export { isProfileCode, PROFILE_CODES, ProfileCode } from "./profile-code";
export { defineSourcedCodeList } from "./sourced";
export type { Sourced, SourcedCodeList, SourcedCodeMeta } from "./sourced";

// Identity numbers
export { IDENTIFIER_KINDS, IdentifierKind, isIdentifierKind } from "./identifiers/kinds";
export type { CheckDigitScheme, IdentifierCheck, IdentifierNormalization, IdentifierSpec } from "./identifiers/spec";
export { thaiPin, thaiPinCheckDigit } from "./th/identifiers";
export { argentineCuil, argentineCuit, argentineDni, CUIT_PREFIXES, cuitCheckDigit } from "./ar/identifiers";
export { paraguayanCedula, paraguayanRuc, rucCheckDigit } from "./py/identifiers";
export { liberianNin } from "./lr/identifiers";
export { passportNumber } from "./identifiers/passport-number";
export { IDENTIFIER_SPECS, identifierSpecsOf } from "./identifiers/specs";
export { checkIdentifier, normalizeIdentifier } from "./identifiers/check";

// Subdivisions
export { SUBDIVISION_TYPES } from "./subdivisions/subdivision";
export type { SubdivisionList, SubdivisionMeta, SubdivisionType } from "./subdivisions/subdivision";
export { THAI_SUBDIVISION_CODES, thaiSubdivisions } from "./th/subdivisions";
export type { ThaiSubdivisionCode } from "./th/subdivisions";
export { ARGENTINE_SUBDIVISION_CODES, argentineSubdivisions } from "./ar/subdivisions";
export type { ArgentineSubdivisionCode } from "./ar/subdivisions";
export { PARAGUAYAN_SUBDIVISION_CODES, paraguayanSubdivisions } from "./py/subdivisions";
export type { ParaguayanSubdivisionCode } from "./py/subdivisions";
export { LIBERIAN_SUBDIVISION_CODES, liberianSubdivisions } from "./lr/subdivisions";
export type { LiberianSubdivisionCode } from "./lr/subdivisions";
export { isSubdivisionOf, SUBDIVISIONS } from "./subdivisions/subdivisions";

// Telephones
export { PHONE_PLANS } from "./phone/plans";
export type { PhonePlan } from "./phone/plan";
export { checkPhone } from "./phone/check-phone";
export type { PhoneCheck } from "./phone/check-phone";

// Calendar
export { BE_NEW_YEAR_REFORM, BUDDHIST_ERA_OFFSET, buddhistToCommonEraYear, commonToBuddhistEraYear } from "./th/dates/buddhist-era";
export type { BuddhistEraOptions } from "./th/dates/buddhist-era";
export { THAI_MONTHS } from "./th/dates/thai-months";
export { fromThaiDigits, toThaiDigits } from "./th/dates/thai-digits";
export { parseThaiDate, THAI_DATE_ERRORS } from "./th/dates/parse-thai-date";
export type { ThaiDateError, ThaiDateParse } from "./th/dates/parse-thai-date";
export { formatThaiDate, THAI_DATE_STYLES } from "./th/dates/format-thai-date";
export type { ThaiDateFormatOptions, ThaiDateStyle } from "./th/dates/format-thai-date";
export type { ProfileCalendar } from "./calendar/calendar";

// Law
export { INSTRUMENT_KINDS } from "./law/instrument";
export type { InstrumentKind, LegalInstrumentList, LegalInstrumentMeta, LegalSectionList } from "./law/instrument";
export { THAI_INSTRUMENT_CODES, thaiLegalInstruments } from "./th/law";
export type { ThaiInstrumentCode } from "./th/law";
export { ARGENTINE_INSTRUMENT_CODES, argentineLegalInstruments } from "./ar/law";
export type { ArgentineInstrumentCode } from "./ar/law";
export { PARAGUAYAN_INSTRUMENT_CODES, paraguayanLegalInstruments } from "./py/law";
export type { ParaguayanInstrumentCode } from "./py/law";
export { LIBERIAN_INSTRUMENT_CODES, liberianLegalInstruments } from "./lr/law";
export type { LiberianInstrumentCode } from "./lr/law";
export { findLegalInstrument, LEGAL_INSTRUMENTS } from "./law/instruments";

// Agencies
export { AGENCY_ROLES } from "./agencies/agency";
export type { AgencyList, AgencyMeta, AgencyRole } from "./agencies/agency";
export { THAI_AGENCY_CODES, thaiAgencies } from "./th/agencies";
export type { ThaiAgencyCode } from "./th/agencies";
export { ARGENTINE_AGENCY_CODES, argentineAgencies } from "./ar/agencies";
export type { ArgentineAgencyCode } from "./ar/agencies";
export { PARAGUAYAN_AGENCY_CODES, paraguayanAgencies } from "./py/agencies";
export type { ParaguayanAgencyCode } from "./py/agencies";
export { LIBERIAN_AGENCY_CODES, liberianAgencies } from "./lr/agencies";
export type { LiberianAgencyCode } from "./lr/agencies";
export { AGENCIES, findAgency } from "./agencies/agencies";

// Child labour, locales, country facts
export { CHILD_LABOUR_AGES } from "./child-labour/ages";
export type { AgeLimit, ChildLabourAges } from "./child-labour/age-limit";
export { findProfileLocale, PROFILE_LOCALES } from "./locales/locales";
export type { ProfileLocale } from "./locales/locale";
export { COUNTRY_FACTS } from "./country/facts";
export type { CountryFacts } from "./country/country-facts";

// Profiles, rules, JSON forms
export type { CountryProfile } from "./profile";
export { profiles } from "./profiles";
export { profileRules } from "./rules";
export { agencyRule } from "./profile-rules/agencies";
export { chargeRule } from "./profile-rules/charges";
export { identifierRule } from "./profile-rules/identifiers";
export { phoneRule } from "./profile-rules/phones";
export { subdivisionRule } from "./profile-rules/subdivisions";
export { profileToJson } from "./profile-json";
export type { IdentifierSpecJson, ProfileJson } from "./profile-json";
export { profileJsonSchemaOverlay } from "./json-schema-overlay";
export type { JsonSchemaObject } from "./json-schema-overlay";
