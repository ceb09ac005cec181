/**
 * The tipx fields a column of an agency spreadsheet can fill, named by where they sit in the record a
 * row becomes: the person (`Person.…`), the victim's context in the case (`VictimContext.…`) and the case
 * (`Case.…`). Each names one field of the model's field registry (`Person.names.given` is the field
 * `PersonNames.given`).
 *
 * @example
 * ```ts
 * import { MAPPING_FIELDS } from "@tipx/convert";
 * MAPPING_FIELDS.includes("Person.birthDate"); // true
 * ```
 */
export const MAPPING_FIELDS = [
  "Person.names.given",
  "Person.names.middle",
  "Person.names.family",
  "Person.names.full",
  "Person.names.native",
  "Person.gender",
  "Person.birthDate",
  "Person.citizenships",
  "Person.countryOfOrigin",
  "Person.languages",
  "Person.maritalStatus",
  "Person.education",
  "Person.numberOfChildren",
  "Person.phones",
  "Person.email",
  "Person.address.country",
  "Person.address.subdivision",
  "Person.address.locality",
  "VictimContext.traffickingStatus",
  "VictimContext.relationshipToTrafficker",
  "VictimContext.ageWhenTrafficked",
  "VictimContext.recruitmentMethods",
  "VictimContext.methodsOfControl",
  "VictimContext.exploitationTypes",
  "VictimContext.forcedCriminalityTypes",
  "VictimContext.forcedLabourIndustries",
  "VictimContext.sexExploitationTypes",
  "VictimContext.recruitmentPlace.country",
  "VictimContext.recruitmentPlace.subdivision",
  "VictimContext.recruitmentPlace.locality",
  "VictimContext.exploitationPlace.country",
  "VictimContext.exploitationPlace.subdivision",
  "VictimContext.exploitationPlace.locality",
  "Case.status",
  "Case.openedOn",
  "Case.closedOn",
  "Case.jurisdiction.subdivision",
] as const;

/** A tipx field a column of an agency spreadsheet can fill. */
export type MappingField = (typeof MAPPING_FIELDS)[number];
