import { type CodeList, type FieldMeta, listFields } from "@tipx/schema";
import type * as z from "zod";
import type { _ModelField } from "./_model-field";
import { _codeText, _fieldHint, _fieldLabel, _issueText, _joinTexts } from "./_texts";
import type { FormChoiceList, FormQuestion, FormText } from "./form";

/** Skip logic of an intake question, on another question of the same entity. */
export type _When =
  /** Asked only when that select question has this code. */
  | { readonly path: string; readonly selected: string }
  /** Asked only when that question is left empty. */
  | { readonly path: string; readonly empty: true };

/** One question of the intake form: a field of an entity schema at a path. */
export interface _IntakeEntry<E extends string = string> {
  readonly entity: E;
  readonly path: string;
  readonly when?: _When;
}

/** An XLSForm name from a field path: `"victim.recruitmentPlace.country"` -> `"victim_recruitmentPlace_country"`. */
export function _questionName(prefix: string, path: string): string {
  return `${prefix}${path.replace(/\[\]/g, "").replace(/\./g, "_")}`;
}

/**
 * An XLSForm `list_name` from a code list id (`"htcds.gender"` -> `"htcds_gender"`), with `_standard`
 * for the list without its user-assigned codes (the countries without `ZZ` and `XXA`).
 */
export function _listName(listId: string, standardCodesOnly = false): string {
  return `${listId.replace(/[^A-Za-z0-9]+/g, "_")}${standardCodesOnly ? "_standard" : ""}`;
}

/** An XPath string literal of a text, in the quote the text does not hold. */
function literal(text: string): string | undefined {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return undefined;
}

/** The constraint the model puts on a field, with its message from the issue the validator reports. */
function constraintOf(field: _ModelField): Pick<FormQuestion, "constraint" | "constraintMessage"> {
  const id = field.meta.id;
  if (field.type === "date")
    return { constraint: ". <= today()", constraintMessage: _issueText("TIPX410", { field: id }) };
  if (field.type === "integer" || field.type === "decimal") {
    const parts: string[] = [];
    const messages: FormText[] = [];
    if (field.minimum !== undefined) {
      parts.push(`. >= ${field.minimum}`);
      messages.push(_issueText("TIPX108", { field: id, relation: "min", limit: field.minimum }));
    }
    if (field.maximum !== undefined) {
      parts.push(`. <= ${field.maximum}`);
      messages.push(_issueText("TIPX108", { field: id, relation: "max", limit: field.maximum }));
    }
    return parts.length === 0 ? {} : { constraint: parts.join(" and "), constraintMessage: _joinTexts(messages) };
  }
  const pattern = field.pattern === undefined ? undefined : literal(field.pattern);
  if (pattern === undefined || field.format === undefined) return {};
  return {
    constraint: `regex(., ${pattern})`,
    constraintMessage: _issueText("TIPX105", { field: id, format: field.format }),
  };
}

/** Builds one question from a field of the model. */
export function _modelQuestion(
  field: _ModelField,
  name: string,
  options: { readonly relevant?: string; readonly parent?: FieldMeta },
): FormQuestion {
  const label = _fieldLabel(field.meta);
  return {
    name,
    source: field.meta.id,
    type: field.type,
    ...(field.listId === undefined ? {} : { list: _listName(field.listId, field.standardCodesOnly) }),
    label: options.parent ? _joinTexts([_fieldLabel(options.parent), label], ": ") : label,
    hint: _fieldHint(field.meta),
    required: field.required,
    ...(options.relevant === undefined ? {} : { relevant: options.relevant }),
    ...(field.minimum === undefined && field.maximum === undefined
      ? {}
      : {
          range: {
            ...(field.minimum === undefined ? {} : { min: field.minimum }),
            ...(field.maximum === undefined ? {} : { max: field.maximum }),
          },
        }),
    ...constraintOf(field),
  };
}

/** The metadata of the field that holds the one at `path` (`"victim.recruitmentPlace"` for its `.country`). */
export function _parentField(schema: z.core.$ZodType, path: string): FieldMeta | undefined {
  const parent = path.split(".").slice(0, -1).join(".");
  return listFields(schema).find((f) => f.path === parent)?.meta;
}

/**
 * The choice list of a code list: its active codes (without the user-assigned ones when
 * `standardCodesOnly`), in the list's order, with their labels.
 */
export function _choiceList(list: CodeList, standardCodesOnly = false): FormChoiceList {
  return {
    name: _listName(list.id, standardCodesOnly),
    source: list.id,
    choices: list.codes
      .filter((code) => list.meta[code]?.status !== "deprecated")
      .filter((code) => !(standardCodesOnly && list.meta[code]?.userAssigned))
      .map((code) => ({ name: code, label: _codeText(list, code) })),
  };
}
