import { Case, CaseParty, getCodeList, Person, TIPX_VERSION } from "@tipx/schema";
import type * as z from "zod";
import { _modelField } from "./_model-field";
import {
  _choiceList,
  type _IntakeEntry,
  _modelQuestion,
  _parentField,
  _questionName,
  type _When,
} from "./_model-question";
import type { FormChoiceList, FormDefinition } from "./form";

/** The entity schemas the intake form asks about, and the prefix of their question names. */
const ENTITIES = {
  Person: { schema: Person, prefix: "person_" },
  CaseParty: { schema: CaseParty, prefix: "" },
  Case: { schema: Case, prefix: "case_" },
} as const satisfies Record<string, { readonly schema: z.core.$ZodType; readonly prefix: string }>;

/**
 * What a frontline officer records at first contact: the person, what is known of the exploitation, and
 * the case. Each entry is a field of the model at a path, never a deprecated one (HTCDS 2.0 deprecated the
 * vulnerabilities in favour of an Assessment); the form takes its type, code list, bounds,
 * labels and hints from the model. `when` is skip logic: a question on a kind of exploitation is asked
 * only when that kind was chosen.
 */
const INTAKE: readonly _IntakeEntry<keyof typeof ENTITIES>[] = [
  { entity: "Person", path: "names.given" },
  { entity: "Person", path: "names.family" },
  { entity: "Person", path: "names.native" },
  { entity: "Person", path: "gender" },
  { entity: "Person", path: "birthDate" },
  { entity: "Person", path: "ageEstimate.years", when: { path: "birthDate", empty: true } },
  { entity: "Person", path: "citizenships" },
  { entity: "Person", path: "countryOfOrigin" },
  { entity: "Person", path: "maritalStatus" },
  { entity: "Person", path: "numberOfChildren" },
  { entity: "Person", path: "education" },
  { entity: "Person", path: "identityDocuments[].kind" },
  { entity: "Person", path: "identityDocuments[].number" },
  { entity: "Person", path: "identityDocuments[].issuingCountry" },
  { entity: "Person", path: "phones[].number" },
  { entity: "Person", path: "email" },
  { entity: "Person", path: "address.locality" },
  { entity: "Person", path: "address.country" },
  { entity: "CaseParty", path: "victim.traffickingStatus" },
  { entity: "CaseParty", path: "victim.statusDecidedBy" },
  { entity: "CaseParty", path: "victim.identification.date" },
  { entity: "CaseParty", path: "victim.relationshipToTrafficker" },
  { entity: "CaseParty", path: "victim.ageWhenTrafficked" },
  { entity: "CaseParty", path: "victim.recruitmentMethods" },
  { entity: "CaseParty", path: "victim.recruitmentWebsitesAndApps" },
  { entity: "CaseParty", path: "victim.recruitmentPlace.country" },
  { entity: "CaseParty", path: "victim.methodsOfControl" },
  { entity: "CaseParty", path: "victim.exploitationTypes" },
  {
    entity: "CaseParty",
    path: "victim.forcedLabourIndustries",
    when: { path: "victim.exploitationTypes", selected: "ForcedLabour" },
  },
  {
    entity: "CaseParty",
    path: "victim.sexExploitationTypes",
    when: { path: "victim.exploitationTypes", selected: "SexualExploitation" },
  },
  {
    entity: "CaseParty",
    path: "victim.forcedCriminalityTypes",
    when: { path: "victim.exploitationTypes", selected: "ForcedCriminality" },
  },
  { entity: "CaseParty", path: "victim.exploitationPlace.country" },
  { entity: "Case", path: "status" },
  { entity: "Case", path: "openedOn" },
  { entity: "Case", path: "jurisdiction.country" },
];

let built: FormDefinition | undefined;

/**
 * The intake form: the fields of the model a frontline officer records at first contact (the person,
 * the victim context, the case), with types, choice lists, bounds, labels and hints in English, Thai and
 * Spanish taken from the model and its catalogues.
 *
 * @returns The form, built once.
 * @example
 * ```ts
 * import { intakeForm } from "@tipx/convert";
 * const form = intakeForm();
 * form.questions.find((q) => q.source === "VictimContext.forcedLabourIndustries")?.relevant;
 * // "selected(${victim_exploitationTypes}, 'ForcedLabour')"
 * ```
 */
export function intakeForm(): FormDefinition {
  built ??= buildIntake();
  return built;
}

const key = (entity: string, path: string): string => `${entity}:${path}`;

function buildIntake(): FormDefinition {
  const fields = INTAKE.map((entry) => ({ entry, field: _modelField(ENTITIES[entry.entity].schema, entry.path) }));
  const deprecated = fields.filter(({ field }) => field.meta.deprecated !== undefined);
  if (deprecated.length > 0)
    throw new Error(`The intake form asks deprecated fields: ${deprecated.map((f) => f.entry.path)}`);
  const byKey = new Map(fields.map((f) => [key(f.entry.entity, f.entry.path), f] as const));
  const uses = new Map<string, number>();
  for (const { field } of fields) uses.set(field.meta.id, (uses.get(field.meta.id) ?? 0) + 1);
  const nameOf = (entity: keyof typeof ENTITIES, path: string) => _questionName(ENTITIES[entity].prefix, path);

  const questions = fields.map(({ entry, field }) => {
    const schema = ENTITIES[entry.entity].schema;
    const parent = (uses.get(field.meta.id) ?? 0) > 1 ? _parentField(schema, entry.path) : undefined;
    const relevant = entry.when === undefined ? undefined : relevantOf(entry.entity, entry.when);
    return _modelQuestion(field, nameOf(entry.entity, entry.path), {
      ...(relevant === undefined ? {} : { relevant }),
      ...(parent === undefined ? {} : { parent }),
    });
  });

  function relevantOf(entity: keyof typeof ENTITIES, when: _When): string {
    const target = byKey.get(key(entity, when.path));
    if (!target) throw new Error(`The intake form asks nothing at ${when.path}`);
    const ref = `\${${nameOf(entity, when.path)}}`;
    if ("empty" in when) return `${ref} = ''`;
    const list = target.field.listId === undefined ? undefined : getCodeList(target.field.listId);
    if (!list?.codes.includes(when.selected)) throw new Error(`${when.selected} is not a code of ${when.path}`);
    return `selected(${ref}, '${when.selected}')`;
  }

  const lists = new Map<string, FormChoiceList>();
  for (const { field } of fields) {
    const list = field.listId === undefined ? undefined : getCodeList(field.listId);
    if (list) {
      const choices = _choiceList(list, field.standardCodesOnly);
      lists.set(choices.name, choices);
    }
  }
  return {
    id: "intake",
    // No catalogue holds a name for the form yet: the title falls back to English and is listed.
    title: { en: "Intake" },
    version: TIPX_VERSION,
    questions,
    choiceLists: [...lists.values()],
  };
}
