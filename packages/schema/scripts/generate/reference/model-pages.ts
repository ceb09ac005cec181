// The pages of the model: one per object type (the Bundle, each entity, each nested object), listing
// every field with its type, whether it is required, its description, HTCDS 2.0 name, CTDC variables,
// sensitivity class and the version that introduced it.
import type { CodeList } from "../../../src/codelists/codelist";
import type { Lang } from "../../../src/i18n/lang";
import { termText } from "../../../src/i18n/text";
import type { TermKey } from "../../../src/issues/terms";
import { JSON_SCHEMA_BASE } from "../../../src/json-schema/generate";
import { TIPX_VERSION } from "../../../src/model/bundle";
import { ENTITY_TYPES } from "../../../src/model/entity-base";
import { codeListPage, codeListTitle } from "./code-list-pages";
import { type FieldType, type ObjectType, objectsOf, type ReferenceField } from "./model";
import { CATALOGUES, cell, fieldDescriptionIn, fieldLabelIn, linkTo, pageHead, pageNotes } from "./page";
import { WORDS } from "./words";

/** The JSON Schema file of each top-level type, as `generateJsonSchemas` names them. */
const SCHEMA_FILES: Readonly<Record<string, string>> = {
  Bundle: "bundle.json",
  Person: "person.json",
  Organization: "organization.json",
  Case: "case.json",
  Operation: "operation.json",
  Referral: "referral.json",
  Consent: "consent.json",
  Assessment: "assessment.json",
  LegalProceeding: "legal-proceeding.json",
};

/** The page of an object type inside a language's reference. */
export function objectPage(name: string): string {
  return `model/${name}.md`;
}

/** The JSON Schema `$id` of a top-level type, or `undefined` for a nested object. */
export function jsonSchemaId(name: string): string | undefined {
  const file = SCHEMA_FILES[name];
  return file === undefined ? undefined : `${JSON_SCHEMA_BASE}/${TIPX_VERSION}/${file}`;
}

/** An object type's name in a language: the entity's term, or the schema name of a nested object. */
export function objectTitle(lang: Lang, name: string): string {
  const isTerm = name === "Bundle" || (ENTITY_TYPES as readonly string[]).includes(name);
  if (!isTerm || lang === "en") return name;
  const text = termText(`entity.${name}` as TermKey, CATALOGUES[lang]);
  const capitalised = `${text.charAt(0).toLocaleUpperCase(lang)}${text.slice(1)}`;
  return text === name ? name : `${capitalised} (${name})`;
}

function typeText(lang: Lang, from: string, type: FieldType, references: readonly string[] | undefined): string {
  const words = WORDS[lang];
  const objectLink = (name: string): string => `[${objectTitle(lang, name)}](${linkTo(from, objectPage(name))})`;
  const listLink = (list: CodeList): string => `[${codeListTitle(lang, list)}](${linkTo(from, codeListPage(list))})`;
  switch (type.kind) {
    case "text":
    case "integer":
    case "number":
    case "boolean":
    case "any":
    case "extensions":
      return words[type.kind];
    case "constant":
      return `${words.constant} \`${JSON.stringify(type.value)}\``;
    case "format":
      if (type.format === "uuid" && references !== undefined && references.length > 0)
        return words.idOf(references.map(objectLink).join(` ${words.or} `));
      return words.formats[type.format];
    case "code":
      return words.codeOf(listLink(type.list));
    case "object":
      return objectLink(type.name);
    case "list":
      return words.listOf(typeText(lang, from, type.item, references));
    case "one-of":
      return type.options.map((option) => typeText(lang, from, option, references)).join(` ${words.or} `);
  }
}

function fieldRow(lang: Lang, from: string, field: ReferenceField): string {
  const words = WORDS[lang];
  const { meta } = field;
  const htcds = meta.htcds === undefined ? [] : typeof meta.htcds === "string" ? [meta.htcds] : meta.htcds;
  const description = [
    fieldDescriptionIn(lang, meta),
    meta.deprecated === undefined ? "" : ` **${words.deprecated}:** ${meta.deprecated}`,
  ].join("");
  return `| ${[
    `\`${field.key}\`<br>${fieldLabelIn(lang, meta)}`,
    typeText(lang, from, field.type, meta.references),
    field.required ? `**${words.yes}**` : words.no,
    description,
    htcds.map((name) => `\`${name}\``).join(", "),
    (meta.ctdc ?? []).map((name) => `\`${name}\``).join(", "),
    words.sensitivities[meta.sensitivity],
    meta.since === "1.0" ? "" : meta.since,
  ]
    .map(cell)
    .join(" | ")} |`;
}

/** Which object types hold a field of each type, for the "used in" line. */
function holders(types: readonly ObjectType[]): Map<string, string[]> {
  const held = new Map<string, string[]>();
  for (const type of types) {
    for (const field of type.fields) {
      for (const name of objectsOf(field.type)) {
        const list = held.get(name) ?? [];
        if (!list.includes(type.name)) list.push(type.name);
        held.set(name, list);
      }
    }
  }
  return held;
}

/**
 * The page of every object type in one language.
 *
 * @returns Pairs of the page's path inside the language's reference and its Markdown.
 */
export function modelPages(lang: Lang, types: readonly ObjectType[]): [string, string][] {
  const words = WORDS[lang];
  const held = holders(types);
  return types.map((type) => {
    const page = objectPage(type.name);
    const title = objectTitle(lang, type.name);
    const lines = pageHead(lang, page, title);
    const body: string[] = [];
    const id = jsonSchemaId(type.name);
    if (id !== undefined) body.push(`${words.jsonSchema}: \`${id}\``, "");
    const usedIn = held.get(type.name) ?? [];
    if (usedIn.length > 0) {
      const links = usedIn.map((name) => `[${objectTitle(lang, name)}](${linkTo(page, objectPage(name))})`);
      body.push(`${words.usedIn}: ${links.join(", ")}`, "");
    }
    body.push(
      `| ${[words.field, words.type, words.required, words.description, words.htcds, words.ctdc, words.sensitivity, words.since].join(" | ")} |`,
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...type.fields.map((field) => fieldRow(lang, page, field)),
    );
    lines.push(`# ${title}`, "", ...pageNotes(lang, [title, ...body]), ...body);
    return [page, `${lines.join("\n")}\n`];
  });
}
