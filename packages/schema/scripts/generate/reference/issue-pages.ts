// The pages of the issue codes: one per family (TIPX1xx ... TIPX9xx) in each language, each code with its
// title, severity, explanation (what it means and how to fix the data) and an example that produces it:
// for the codes of validate(), an edited synthetic bundle that validate() is run on here; for the checks
// that only a function reports, a call run here; for the rest, which function reports it.

import { explain } from "../../../src/i18n/explain";
import type { Lang } from "../../../src/i18n/lang";
import { ISSUE_CODES, type IssueCode, type IssueFamily } from "../../../src/issues/issues";
import { checkIdentifier } from "../../../src/profiles/identifiers/check";
import { checkPhone } from "../../../src/profiles/phone/check-phone";
import { bundleWith, REMOVE } from "../../../src/validate/_test-bundles";
import { validate } from "../../../src/validate/validate";
import { ISSUE_EXAMPLES, type IssueExample } from "./issue-examples";
import { CATALOGUES, pageHead, pageNotes } from "./page";
import { WORDS } from "./words";

/** A check that a function reports and validate() does not: the call, and running it. */
interface CallExample {
  readonly call: string;
  readonly run: () => string | undefined;
}

/** The code a failed check returns (`undefined` when it passed). */
const failure = (result: { readonly ok: boolean; readonly code?: string }): string | undefined =>
  result.ok ? undefined : result.code;

const CALL_EXAMPLES: Partial<Record<IssueCode, CallExample>> = {
  TIPX307: { call: 'checkIdentifier("XX-ID", "1")', run: () => failure(checkIdentifier("XX-ID" as never, "1")) },
  TIPX320: { call: 'checkPhone("TH", "0812345678")', run: () => failure(checkPhone("TH", "0812345678")) },
  TIPX321: { call: 'checkPhone("TH", "+95912345678")', run: () => failure(checkPhone("TH", "+95912345678")) },
};

/** Which function reports a code that validate() does not, by language. */
const REPORTED_BY: Readonly<
  Record<Lang, Readonly<Record<"notJson" | "exchange" | "conversion" | "internal", string>>>
> = {
  en: {
    notJson:
      'Reported by `tipx validate` and the file and NDJSON readers for a record that is not JSON, such as the truncated line `{"tipx": "1.0",`.',
    exchange:
      "Reported by `verifyBundle()` and `decryptBundle()` of the exchange package (and the CLI commands built on them).",
    conversion:
      "Reported by the converters of the convert package and `tipx convert`, in the report they return beside the value.",
    internal: "Reported by any function of tipx when tipx itself fails, never because of the data.",
  },
  th: {
    notJson:
      'รายงานโดย `tipx validate` และตัวอ่านไฟล์และ NDJSON เมื่อระเบียนหนึ่งไม่ใช่ JSON เช่น บรรทัดที่ถูกตัดขาด `{"tipx": "1.0",`',
    exchange: "รายงานโดย `verifyBundle()` และ `decryptBundle()` ของแพ็กเกจ exchange (และคำสั่ง CLI ที่ใช้ฟังก์ชันเหล่านี้)",
    conversion: "รายงานโดยตัวแปลงของแพ็กเกจ convert และ `tipx convert` ในรายงานที่ส่งคืนคู่กับค่าที่แปลงแล้ว",
    internal: "รายงานโดยฟังก์ชันใดก็ได้ของ tipx เมื่อตัว tipx เองทำงานผิดพลาด ไม่ใช่เพราะข้อมูล",
  },
  es: {
    notJson:
      'Lo informan `tipx validate` y los lectores de archivos y NDJSON cuando un registro no es JSON, como la línea truncada `{"tipx": "1.0",`.',
    exchange:
      "Lo informan `verifyBundle()` y `decryptBundle()` del paquete exchange (y los comandos de la CLI basados en ellos).",
    conversion:
      "Lo informan los conversores del paquete convert y `tipx convert`, en el informe que devuelven junto al valor.",
    internal: "Lo informa cualquier función de tipx cuando falla tipx mismo, nunca por causa de los datos.",
  },
};

/** The words of an example in each language that {@link WORDS} does not hold. */
const EXAMPLE_WORDS: Readonly<Record<Lang, { removed: string; call: string; returns: string; meaning: string }>> = {
  en: { removed: "Removed", call: "The call", returns: "returns the code", meaning: "What it means and how to fix it" },
  th: { removed: "ลบออก", call: "การเรียก", returns: "คืนรหัส", meaning: "ความหมายและวิธีแก้ไข" },
  es: {
    removed: "Se quita",
    call: "La llamada",
    returns: "devuelve el código",
    meaning: "Qué significa y cómo corregirlo",
  },
};

/** The page of an issue family inside a language's reference, such as `issues/tipx2xx.md`. */
export function familyPage(family: IssueFamily): string {
  const first = ISSUE_CODES.find((code) => explain(code)?.family === family) ?? "TIPX9";
  return `issues/${first.slice(0, 5).toLowerCase()}xx.md`;
}

/** The families in the order of their codes. */
export function issueFamilies(): IssueFamily[] {
  const families: IssueFamily[] = [];
  for (const code of ISSUE_CODES) {
    const family = explain(code)?.family;
    if (family !== undefined && !families.includes(family)) families.push(family);
  }
  return families;
}

/** The input of an example: its own, or the valid bundle with its edits. */
export function exampleInput(example: IssueExample): unknown {
  return example.input ? example.input() : bundleWith(...example.edits);
}

/**
 * The issues of one code that validate() reports for an example, in a language.
 *
 * @throws Error when the example does not produce the code: the example, or the rule, changed.
 */
export function exampleIssues(code: IssueCode, example: IssueExample, lang: Lang) {
  const locale = CATALOGUES[lang];
  const options = { ...example.options, ...(locale ? { locale } : {}) };
  const issues = validate(exampleInput(example), options).issues.filter((issue) => issue.code === code);
  if (issues.length === 0) throw new Error(`The example of ${code} no longer makes validate() report it`);
  return issues;
}

function exampleLines(lang: Lang, code: IssueCode, example: IssueExample): string[] {
  const words = WORDS[lang];
  const more = EXAMPLE_WORDS[lang];
  const lines = [`**${words.example}.** ${words.exampleIntro}`, ""];
  if (example.shown !== undefined) {
    lines.push("```js", example.shown, "```");
  } else {
    const set = example.edits.filter(([, value]) => value !== REMOVE);
    const removed = example.edits.filter(([, value]) => value === REMOVE).map(([pointer]) => `\`${pointer}\``);
    if (set.length > 0) {
      const shown = set.map(
        ([pointer, value]) =>
          `  ${JSON.stringify(pointer)}: ${value === undefined ? "undefined" : JSON.stringify(value)}`,
      );
      const javascript = set.some(([, edited]) => edited === undefined);
      lines.push(javascript ? "```js" : "```json", "{", shown.join(",\n"), "}", "```");
    }
    if (removed.length > 0) lines.push("", `${more.removed}: ${removed.join(", ")}`);
  }
  if (example.options !== undefined) lines.push("", `\`validate(input, ${JSON.stringify(example.options)})\``);
  lines.push("", `${words.reported}:`, "");
  for (const issue of exampleIssues(code, example, lang)) {
    lines.push(`- \`${issue.code}\` ${issue.path === "" ? "" : `\`${issue.path}\``}: ${issue.message}`);
  }
  return lines;
}

function codeSection(lang: Lang, code: IssueCode): string[] {
  const doc = explain(code, CATALOGUES[lang]);
  if (!doc) return [];
  const words = WORDS[lang];
  const lines = [
    `## ${code}: ${doc.title}`,
    "",
    `${words.severity}: ${words.severities[doc.severity]}${doc.verified ? "" : `. ${words.unverified}`}`,
    "",
    `**${EXAMPLE_WORDS[lang].meaning}.** ${doc.explanation}`,
  ];
  if (doc.source) lines.push("", `${words.source}: ${doc.source}`);
  lines.push("");
  const example = ISSUE_EXAMPLES[code];
  const call = CALL_EXAMPLES[code];
  if (example) {
    lines.push(...exampleLines(lang, code, example));
  } else if (call) {
    const returned = call.run();
    if (returned !== code) throw new Error(`${call.call} no longer returns ${code}`);
    lines.push(
      `**${words.example}.** ${EXAMPLE_WORDS[lang].call} \`${call.call}\` ${EXAMPLE_WORDS[lang].returns} \`${code}\`.`,
    );
  } else {
    const by = REPORTED_BY[lang];
    const key =
      code === "TIPX101"
        ? "notJson"
        : doc.family === "conversion"
          ? "conversion"
          : doc.family === "internal"
            ? "internal"
            : "exchange";
    lines.push(`**${words.howProduced}.** ${by[key]}`);
  }
  lines.push("");
  return lines;
}

/**
 * The page of every issue family in one language.
 *
 * @returns Pairs of the page's path inside the language's reference and its Markdown.
 */
export function issuePages(lang: Lang): [string, string][] {
  return issueFamilies().map((family) => {
    const page = familyPage(family);
    const title = WORDS[lang].families[family] ?? family;
    const lines = pageHead(lang, page, title, undefined, title.split(":")[0]);
    lines.push(`# ${title}`, "", ...pageNotes(lang, []));
    for (const code of ISSUE_CODES) {
      if (explain(code)?.family === family) lines.push(...codeSection(lang, code));
    }
    return [page, `${lines.join("\n").trimEnd()}\n`];
  });
}
