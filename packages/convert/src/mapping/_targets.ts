import {
  CaseStatus,
  CitizenshipCode,
  type CodeList,
  CountryCode,
  caseStatuses,
  countries,
  EducationLevel,
  ExploitationType,
  educationLevels,
  exploitationTypes,
  ForcedCriminalityType,
  forcedCriminalityTypes,
  Gender,
  genders,
  IsicCode,
  isicCodes,
  LanguageCode,
  languages,
  MaritalStatus,
  MethodOfControl,
  maritalStatuses,
  methodsOfControl,
  RecruitmentMethod,
  RelationshipToTrafficker,
  recruitmentMethods,
  relationshipsToTrafficker,
  SexExploitationType,
  sexExploitationTypes,
  TraffickingStatus,
  traffickingStatuses,
} from "@tipx/schema";
import type { MappingField } from "./fields";

/** The kind of value a target takes, which decides how a cell is read. */
export type _TargetKind = "text" | "code" | "date" | "phone" | "integer" | "subdivision";

/** Which record of a row's bundle a target writes into. */
export type _TargetRecord = "person" | "victim" | "case";

/** How a mapping target is read and where it is written. */
export interface _Target {
  /** The id of the field in the model's field registry (`findField`). */
  readonly id: string;
  readonly record: _TargetRecord;
  /** The keys from the record to the field. */
  readonly path: readonly string[];
  readonly kind: _TargetKind;
  /** Whether the field holds a list (a cell may then hold several values, split by the column's `split`). */
  readonly multiple: boolean;
  /** The code list of a `code` target, for aliases and for the reports. */
  readonly list?: CodeList;
  /** Whether a value is a code the field takes. */
  readonly accepts?: (code: string) => boolean;
}

type Spec = Omit<_Target, "multiple"> & { readonly multiple?: boolean };

const code = (
  id: string,
  record: _TargetRecord,
  path: readonly string[],
  list: CodeList,
  schema: { safeParse(value: unknown): { success: boolean } },
  multiple = false,
): Spec => ({ id, record, path, kind: "code", list, accepts: (value) => schema.safeParse(value).success, multiple });

const SPECS: { readonly [F in MappingField]: Spec } = {
  "Person.names.given": { id: "PersonNames.given", record: "person", path: ["names", "given"], kind: "text" },
  "Person.names.middle": { id: "PersonNames.middle", record: "person", path: ["names", "middle"], kind: "text" },
  "Person.names.family": { id: "PersonNames.family", record: "person", path: ["names", "family"], kind: "text" },
  "Person.names.full": { id: "PersonNames.full", record: "person", path: ["names", "full"], kind: "text" },
  "Person.names.native": { id: "PersonNames.native", record: "person", path: ["names", "native"], kind: "text" },
  "Person.gender": code("Person.gender", "person", ["gender"], genders, Gender),
  "Person.birthDate": { id: "Person.birthDate", record: "person", path: ["birthDate"], kind: "date" },
  "Person.citizenships": code("Person.citizenships", "person", ["citizenships"], countries, CitizenshipCode, true),
  "Person.countryOfOrigin": code("Person.countryOfOrigin", "person", ["countryOfOrigin"], countries, CountryCode),
  "Person.languages": code("Person.languages", "person", ["languages"], languages, LanguageCode, true),
  "Person.maritalStatus": code("Person.maritalStatus", "person", ["maritalStatus"], maritalStatuses, MaritalStatus),
  "Person.education": code("Person.education", "person", ["education"], educationLevels, EducationLevel),
  "Person.numberOfChildren": {
    id: "Person.numberOfChildren",
    record: "person",
    path: ["numberOfChildren"],
    kind: "integer",
  },
  "Person.phones": { id: "Person.phones", record: "person", path: ["phones"], kind: "phone", multiple: true },
  "Person.email": { id: "Person.email", record: "person", path: ["email"], kind: "text" },
  "Person.address.country": code("Place.country", "person", ["address", "country"], countries, CountryCode),
  "Person.address.subdivision": {
    id: "Place.subdivision",
    record: "person",
    path: ["address", "subdivision"],
    kind: "subdivision",
  },
  "Person.address.locality": { id: "Place.locality", record: "person", path: ["address", "locality"], kind: "text" },
  "VictimContext.traffickingStatus": code(
    "VictimContext.traffickingStatus",
    "victim",
    ["traffickingStatus"],
    traffickingStatuses,
    TraffickingStatus,
  ),
  "VictimContext.relationshipToTrafficker": code(
    "VictimContext.relationshipToTrafficker",
    "victim",
    ["relationshipToTrafficker"],
    relationshipsToTrafficker,
    RelationshipToTrafficker,
  ),
  "VictimContext.ageWhenTrafficked": {
    id: "VictimContext.ageWhenTrafficked",
    record: "victim",
    path: ["ageWhenTrafficked"],
    kind: "integer",
  },
  "VictimContext.recruitmentMethods": code(
    "VictimContext.recruitmentMethods",
    "victim",
    ["recruitmentMethods"],
    recruitmentMethods,
    RecruitmentMethod,
    true,
  ),
  "VictimContext.methodsOfControl": code(
    "VictimContext.methodsOfControl",
    "victim",
    ["methodsOfControl"],
    methodsOfControl,
    MethodOfControl,
    true,
  ),
  "VictimContext.exploitationTypes": code(
    "VictimContext.exploitationTypes",
    "victim",
    ["exploitationTypes"],
    exploitationTypes,
    ExploitationType,
    true,
  ),
  "VictimContext.forcedCriminalityTypes": code(
    "VictimContext.forcedCriminalityTypes",
    "victim",
    ["forcedCriminalityTypes"],
    forcedCriminalityTypes,
    ForcedCriminalityType,
    true,
  ),
  "VictimContext.forcedLabourIndustries": code(
    "VictimContext.forcedLabourIndustries",
    "victim",
    ["forcedLabourIndustries"],
    isicCodes,
    IsicCode,
    true,
  ),
  "VictimContext.sexExploitationTypes": code(
    "VictimContext.sexExploitationTypes",
    "victim",
    ["sexExploitationTypes"],
    sexExploitationTypes,
    SexExploitationType,
    true,
  ),
  "VictimContext.recruitmentPlace.country": code(
    "Place.country",
    "victim",
    ["recruitmentPlace", "country"],
    countries,
    CountryCode,
  ),
  "VictimContext.recruitmentPlace.subdivision": {
    id: "Place.subdivision",
    record: "victim",
    path: ["recruitmentPlace", "subdivision"],
    kind: "subdivision",
  },
  "VictimContext.recruitmentPlace.locality": {
    id: "Place.locality",
    record: "victim",
    path: ["recruitmentPlace", "locality"],
    kind: "text",
  },
  "VictimContext.exploitationPlace.country": code(
    "Place.country",
    "victim",
    ["exploitationPlace", "country"],
    countries,
    CountryCode,
  ),
  "VictimContext.exploitationPlace.subdivision": {
    id: "Place.subdivision",
    record: "victim",
    path: ["exploitationPlace", "subdivision"],
    kind: "subdivision",
  },
  "VictimContext.exploitationPlace.locality": {
    id: "Place.locality",
    record: "victim",
    path: ["exploitationPlace", "locality"],
    kind: "text",
  },
  "Case.status": code("Case.status", "case", ["status"], caseStatuses, CaseStatus),
  "Case.openedOn": { id: "Case.openedOn", record: "case", path: ["openedOn"], kind: "date" },
  "Case.closedOn": { id: "Case.closedOn", record: "case", path: ["closedOn"], kind: "date" },
  "Case.jurisdiction.subdivision": {
    id: "Jurisdiction.subdivision",
    record: "case",
    path: ["jurisdiction", "subdivision"],
    kind: "subdivision",
  },
};

/** How the mapping target `field` is read and written. */
export function _target(field: MappingField): _Target {
  const spec = SPECS[field];
  return { ...spec, multiple: spec.multiple ?? false };
}
