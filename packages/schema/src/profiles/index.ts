// The public surface of the country profiles, re-exported by name so that every export is a
// deliberate choice. The package index re-exports this file.

// Profile codes and sourced data
export { isProfileCode, PROFILE_CODES, ProfileCode } from "./profile-code";
export { defineSourcedCodeList } from "./_sourced";
export type { Sourced, SourcedCodeList, SourcedCodeMeta } from "./_sourced";

// Identity numbers
export { IDENTIFIER_KINDS, IdentifierKind, isIdentifierKind } from "./identifiers/kinds";
export type { CheckDigitScheme, IdentifierCheck, IdentifierNormalization, IdentifierSpec } from "./identifiers/spec";
export { thaiPin, thaiPinCheckDigit } from "./identifiers/thai-pin";
export { argentineDni } from "./identifiers/ar-dni";
export { argentineCuil, argentineCuit, CUIT_PREFIXES, cuitCheckDigit } from "./identifiers/ar-cuit";
export { paraguayanCedula } from "./identifiers/py-ci";
export { paraguayanRuc, rucCheckDigit } from "./identifiers/py-ruc";
export { liberianNin } from "./identifiers/lr-nin";
export { passportNumber } from "./identifiers/passport-number";
export { IDENTIFIER_SPECS, identifierSpecsOf } from "./identifiers/specs";
export { checkIdentifier, normalizeIdentifier } from "./identifiers/check";

// Subdivisions
export { SUBDIVISION_TYPES } from "./subdivisions/subdivision";
export type { SubdivisionList, SubdivisionMeta, SubdivisionType } from "./subdivisions/subdivision";
export { THAI_SUBDIVISION_CODES, thaiSubdivisions } from "./subdivisions/th";
export type { ThaiSubdivisionCode } from "./subdivisions/th";
export { ARGENTINE_SUBDIVISION_CODES, argentineSubdivisions } from "./subdivisions/ar";
export type { ArgentineSubdivisionCode } from "./subdivisions/ar";
export { PARAGUAYAN_SUBDIVISION_CODES, paraguayanSubdivisions } from "./subdivisions/py";
export type { ParaguayanSubdivisionCode } from "./subdivisions/py";
export { LIBERIAN_SUBDIVISION_CODES, liberianSubdivisions } from "./subdivisions/lr";
export type { LiberianSubdivisionCode } from "./subdivisions/lr";
export { isSubdivisionOf, SUBDIVISIONS } from "./subdivisions/subdivisions";

// Telephones
export { PHONE_PLANS } from "./phone/plans";
export type { PhonePlan } from "./phone/plans";
export { checkPhone } from "./phone/check-phone";
export type { PhoneCheck } from "./phone/check-phone";

// Calendar
export { BE_NEW_YEAR_REFORM, BUDDHIST_ERA_OFFSET, buddhistToCommonEraYear, commonToBuddhistEraYear } from "./calendar/buddhist-era";
export type { BuddhistEraOptions } from "./calendar/buddhist-era";
export { THAI_MONTHS } from "./calendar/thai-months";
export { fromThaiDigits, toThaiDigits } from "./calendar/thai-digits";
export { parseThaiDate, THAI_DATE_ERRORS } from "./calendar/parse-thai-date";
export type { ThaiDateError, ThaiDateParse } from "./calendar/parse-thai-date";
export { formatThaiDate, THAI_DATE_STYLES } from "./calendar/format-thai-date";
export type { ThaiDateFormatOptions, ThaiDateStyle } from "./calendar/format-thai-date";
export type { ProfileCalendar } from "./calendar/calendar";

// Law
export { INSTRUMENT_KINDS } from "./law/instrument";
export type { InstrumentKind, LegalInstrumentList, LegalInstrumentMeta, LegalSectionList } from "./law/instrument";
export { THAI_INSTRUMENT_CODES, thaiLegalInstruments } from "./law/th";
export type { ThaiInstrumentCode } from "./law/th";
export { ARGENTINE_INSTRUMENT_CODES, argentineLegalInstruments } from "./law/ar";
export type { ArgentineInstrumentCode } from "./law/ar";
export { PARAGUAYAN_INSTRUMENT_CODES, paraguayanLegalInstruments } from "./law/py";
export type { ParaguayanInstrumentCode } from "./law/py";
export { LIBERIAN_INSTRUMENT_CODES, liberianLegalInstruments } from "./law/lr";
export type { LiberianInstrumentCode } from "./law/lr";
export { findLegalInstrument, LEGAL_INSTRUMENTS } from "./law/instruments";

// Agencies
export { AGENCY_ROLES } from "./agencies/agency";
export type { AgencyList, AgencyMeta, AgencyRole } from "./agencies/agency";
export { THAI_AGENCY_CODES, thaiAgencies } from "./agencies/th";
export type { ThaiAgencyCode } from "./agencies/th";
export { ARGENTINE_AGENCY_CODES, argentineAgencies } from "./agencies/ar";
export type { ArgentineAgencyCode } from "./agencies/ar";
export { PARAGUAYAN_AGENCY_CODES, paraguayanAgencies } from "./agencies/py";
export type { ParaguayanAgencyCode } from "./agencies/py";
export { LIBERIAN_AGENCY_CODES, liberianAgencies } from "./agencies/lr";
export type { LiberianAgencyCode } from "./agencies/lr";
export { AGENCIES, findAgency } from "./agencies/agencies";

// Child labour, locales, country facts
export { CHILD_LABOUR_AGES } from "./child-labour/ages";
export type { AgeLimit, ChildLabourAges } from "./child-labour/ages";
export { findProfileLocale, PROFILE_LOCALES } from "./locales/locales";
export type { ProfileLocale } from "./locales/locales";
export { COUNTRY_FACTS } from "./country/facts";
export type { CountryFacts } from "./country/facts";

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
