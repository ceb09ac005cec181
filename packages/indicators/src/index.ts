export type { AnswerSpec, Answers, AnswerValue, AskIf, Checklist, ItemRef, Question, QuestionFact } from "./checklist";
export { defineChecklist } from "./checklist";
export type { AnswersSchema } from "./checklists/answers-schema";
export { ANSWER_SCHEMAS, answersSchema } from "./checklists/answers-schema";
export { childLabourScreening } from "./checklists/child-labour";
export { iclsQuestionnaire } from "./checklists/icls";
export { iloScreening } from "./checklists/ilo-11";
export { palermoElements } from "./checklists/palermo";
export type { InstrumentId, QuestionIdOf } from "./checklists/registry";
export { CHECKLISTS, getChecklist, isInstrumentId } from "./checklists/registry";
export type { AssessBundleOptions, AssessCaseOptions, CaseAssessment } from "./crosswalk/assess-case";
export { assessBundle, assessCase, withAssessments } from "./crosswalk/assess-case";
export type { CaseAnswers, CaseAnswersOptions } from "./crosswalk/case-answers";
export { answersFromCase } from "./crosswalk/case-answers";
export type {
  CrosswalkFrameworkId,
  CrosswalkItem,
  CrosswalkRow,
  CrosswalkStrength,
  ItemRefOf,
  UnmappedCode,
} from "./crosswalk/crosswalk-row";
export { CROSSWALK_FRAMEWORKS } from "./crosswalk/crosswalk-row";
export type { CtdcCrosswalkRow, CtdcItemStatus, CtdcRowOptions } from "./crosswalk/ctdc";
export {
  CTDC_2024_MERGED_MEANS,
  CTDC_CROSSWALK,
  CTDC_MEANS_AS_HTCDS,
  CTDC_OWN_ROWS,
  CTDC_UNMAPPED,
  itemsFromCtdcRow,
} from "./crosswalk/ctdc";
export {
  ITEMS_WITHOUT_HTCDS_CODE,
  METHODS_OF_CONTROL_CROSSWALK,
  METHODS_OF_CONTROL_UNMAPPED,
  RECRUITMENT_FIELDS_CROSSWALK,
  RECRUITMENT_METHODS_CROSSWALK,
} from "./crosswalk/htcds";
export {
  EXPLOITATION_TYPES_CROSSWALK,
  EXPLOITATION_TYPES_UNMAPPED,
  FORCED_CRIMINALITY_CROSSWALK,
} from "./crosswalk/htcds-exploitation";
export type { LinkFact, RouteLegField } from "./crosswalk/route";
export {
  EVENT_TYPES_CROSSWALK,
  LEG_ROLES_CROSSWALK,
  LEG_ROLES_UNMAPPED,
  LINK_FACTS,
  LINK_FACTS_CROSSWALK,
  PERPETRATOR_ROLES_CROSSWALK,
  PERPETRATOR_ROLES_UNMAPPED,
  PROCESS_ROLES_CROSSWALK,
  ROUTE_LEG_FIELDS,
  ROUTE_LEGS_CROSSWALK,
} from "./crosswalk/route";
export type { AssessmentOutcome, AssessOptions, Classification, Finding } from "./engine/assess";
export { assess } from "./engine/assess";
export type { Decision, RuleRef } from "./engine/decide";
export type { Framework, FrameworkItem, FrameworkRule } from "./framework";
export { defineFramework } from "./framework";
export { C138_DEFAULT_AGES, childLabour } from "./frameworks/child-labour";
export type { SurveyIndicator } from "./frameworks/hts-2012";
export { HTS_2012_INDICATORS, hardToSee2012 } from "./frameworks/hts-2012";
export { icls2018 } from "./frameworks/icls-2018";
export { iloForcedLabour2012 } from "./frameworks/ilo-fl-2012";
export type { MeansRequirement, NationalVariant, NationalVariantInstrument } from "./frameworks/national-variants";
export { NATIONAL_VARIANT_LIST, NATIONAL_VARIANTS } from "./frameworks/national-variants";
export { palermo } from "./frameworks/palermo";
export type { FrameworkById, FrameworkId } from "./frameworks/registry";
export { FRAMEWORKS, getFramework } from "./frameworks/registry";
export type {
  ChecklistTexts,
  ExplanationWords,
  FrameworkTexts,
  ItemTexts,
  QuestionTexts,
  Text,
} from "./locales/catalogue";
export type { FrameworkCatalogue, IndicatorCatalogue } from "./locales/indicator-catalogue";
export { defineIndicatorCatalogue } from "./locales/indicator-catalogue";
export type { TriState } from "./tri-state";
export { allOf, anyOf, not } from "./tri-state";
