/**
 * The reports of `tipx assess`: one block (text) or one JSON line per person assessed, then a summary.
 * A person is named by id alone: nothing else the bundle holds about them (names, document numbers,
 * notes) reaches the report, which prints only the engine's outcome, worded from the catalogues.
 *
 * @module
 */
import type { AssessmentOutcome, Classification, InstrumentId, ItemRef, TriState } from "@tipx/indicators";
import type { ProfileCode } from "@tipx/schema";
import type { Palette } from "../color";
import { escapeControlCharacters } from "../escape";
import { recordPlace } from "../exchange/record-issues";
import type { CliMessages } from "../messages/messages";
import type { Output } from "../output";
import { JSON_OUTPUT_FORMAT_VERSION } from "../validate/json-report";
import type { InputRecord } from "../validate/records";
import type { Labels } from "./labels";
import type { AssessSummary } from "./summary";

/**
 * One line of `tipx assess --format json`: a person's screening result, where the bundle is, and the
 * reasons, with nothing of the person but the id.
 *
 * @example
 * ```ts
 * import type { AssessPersonLine } from "@tipx/cli";
 * const line: AssessPersonLine = JSON.parse(
 *   '{"formatVersion":"1","file":"a.json","person":"3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",' +
 *     '"case":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","instrument":"palermo",' +
 *     '"classification":"inconclusive","rule":"palermo/elements","elements":{},"findings":[],"unknowns":[],"explanation":"…"}',
 * );
 * ```
 */
export interface AssessPersonLine {
  /** The version of the output format ({@link JSON_OUTPUT_FORMAT_VERSION}). */
  readonly formatVersion: typeof JSON_OUTPUT_FORMAT_VERSION;
  /** The input as named on the command line, `-` for stdin. */
  readonly file: string;
  /** The 1-based line the bundle starts on, for an NDJSON line or an element of a JSON array; absent for a file holding one JSON document. */
  readonly line?: number;
  /** The bundle's 0-based position when the file is a JSON array of bundles; absent otherwise. */
  readonly index?: number;
  /** The id of the Person assessed. */
  readonly person: string;
  /** The id of the Case whose record was read (a person who is a victim in several cases is assessed in each). */
  readonly case: string;
  /** The instrument run (`--instrument`). */
  readonly instrument: InstrumentId;
  /** The country profile whose law and ages applied: `--profile`, else the bundle's own; absent when none. */
  readonly profile?: ProfileCode;
  /** The classification: `indicated`, `not-indicated` or `inconclusive`. */
  readonly classification: Classification;
  /** The rule the classification rests on, such as `"palermo/elements"` or `"national/AR"`. */
  readonly rule: string;
  /** The named elements the rule combined (act, means, purpose, child…), each `yes`, `no` or `unknown`. */
  readonly elements: Readonly<Record<string, TriState>>;
  /** Every item the instrument asks about, in the framework's order. */
  readonly findings: readonly {
    /** The item, `"<framework>/<item>"`, such as `"palermo/deception"`. */
    readonly item: ItemRef;
    /** Its label in the `--lang` language. */
    readonly label: string;
    /** Present (`yes`), absent (`no`) or `unknown`. */
    readonly status: TriState;
    /** The ids of the questions whose answers support the status. */
    readonly questions: readonly string[];
  }[];
  /** The ids of the questions, still unknown, whose answer would change the classification. */
  readonly unknowns: readonly string[];
  /** The explanation in the `--lang` language: the outcome, what was found, the rule and its source. */
  readonly explanation: string;
}

/**
 * The last line of `tipx assess --format json`.
 *
 * @example
 * ```ts
 * import type { AssessSummaryLine } from "@tipx/cli";
 * const last: AssessSummaryLine = {
 *   formatVersion: "1",
 *   summary: {
 *     files: 1, records: 1, assessed: 1, invalid: 0,
 *     persons: 2, indicated: 1, notIndicated: 0, inconclusive: 1, unreadable: 0,
 *   },
 * };
 * ```
 */
export interface AssessSummaryLine {
  /** The version of the output format ({@link JSON_OUTPUT_FORMAT_VERSION}). */
  readonly formatVersion: typeof JSON_OUTPUT_FORMAT_VERSION;
  /** The run's totals. */
  readonly summary: AssessSummary;
}

/** A person assessed in the record of one case. */
export interface AssessedPerson {
  /** The id of the Person. */
  readonly person: string;
  /** The id of the Case read. */
  readonly case: string;
}

/** Renders the persons of a `tipx assess` run as they are assessed; reporters only write into buffers. */
export interface AssessReporter {
  /** A person of the bundle `record` of `file` was assessed. */
  readonly person: (file: string, record: InputRecord, assessed: AssessedPerson, outcome: AssessmentOutcome) => void;
  /** The valid bundle `record` of `file` has no victim or presumed victim to assess. */
  readonly noPerson: (file: string, record: InputRecord) => void;
  /** `--out`: the file `shown` (escaped) was written with `added` Assessment entities. */
  readonly wrote: (shown: string, added: number) => void;
  /** Every input was read. */
  readonly end: (summary: AssessSummary) => void;
}

/** What the reports need. */
export interface AssessReportSettings {
  /** Where the report goes (stdout). */
  readonly out: Output;
  /** The CLI's words in the run's language. */
  readonly messages: CliMessages;
  /** Item labels and question texts in the run's language. */
  readonly labels: Labels;
}

const STATUS_WIDTH = "unknown".length;

/**
 * Creates the report for people: per person, `place  person <id>  <classification>`, then the
 * explanation, each finding (`status  item  label`) and each question still to ask; then a summary.
 *
 * ```text
 * mae-sot.json  person c675c06f-e6bc-4337-9a9d-6e2bd05ade9b  indicated
 *   The elements of trafficking in persons are present. Found: …
 *   yes      palermo/recruitment  Recruitment
 *   unknown  palermo/abduction    Abduction
 * ```
 */
export function textAssessReporter(settings: AssessReportSettings & { readonly colors: Palette }): AssessReporter {
  const { out, messages, labels, colors: c } = settings;
  const m = messages.assess;
  const displayName = (file: string): string => (file === "-" ? messages.stdin : escapeControlCharacters(file));
  const classification = (value: Classification): string => {
    const word = m.classification[value];
    return value === "indicated" ? c.yellow(word) : value === "not-indicated" ? c.green(word) : c.cyan(word);
  };
  const status = (value: TriState): string => {
    const padded = value.padEnd(STATUS_WIDTH);
    return value === "yes" ? c.yellow(padded) : value === "no" ? c.green(padded) : c.dim(padded);
  };
  return {
    person: (file, record, { person }, outcome) => {
      const place = c.bold(recordPlace(displayName(file), record, messages));
      out.write(`${place}  ${m.person(escapeControlCharacters(person))}  ${classification(outcome.classification)}\n`);
      out.write(`  ${escapeControlCharacters(outcome.explanation)}\n`);
      // Item ids (and question ids) are ASCII: padding them to the longest lines the labels up.
      const itemWidth = Math.max(0, ...outcome.findings.map((finding) => finding.item.length));
      for (const finding of outcome.findings) {
        const label = escapeControlCharacters(labels.item(finding.item));
        out.write(`  ${status(finding.status)}  ${finding.item.padEnd(itemWidth)}  ${label}\n`);
      }
      const questionWidth = Math.max(0, ...outcome.unknowns.map((question) => question.length));
      for (const question of outcome.unknowns) {
        const text = escapeControlCharacters(labels.question(outcome.instrument, question));
        out.write(`  ${c.bold(m.toAsk)}  ${question.padEnd(questionWidth)}  ${text}\n`);
      }
    },
    noPerson: (file, record) => {
      out.write(`${c.bold(recordPlace(displayName(file), record, messages))}  ${c.dim(m.noPerson)}\n`);
    },
    wrote: (shown, added) => {
      out.write(`${c.dim(m.wrote(shown, added))}\n`);
    },
    end: (summary) => {
      out.write(`\n${m.summary(summary)}\n`);
    },
  };
}

/**
 * Creates the report for programs: one {@link AssessPersonLine} per person, then one
 * {@link AssessSummaryLine}. Each line is escaped for a terminal as `tipx validate --format json` does.
 */
export function jsonAssessReporter(settings: AssessReportSettings): AssessReporter {
  const { out, labels } = settings;
  return {
    person: (file, record, assessed, outcome) => {
      const line: AssessPersonLine = {
        formatVersion: JSON_OUTPUT_FORMAT_VERSION,
        file,
        ...(record.layout === "document" ? {} : { line: record.line }),
        ...(record.index === undefined ? {} : { index: record.index }),
        person: assessed.person,
        case: assessed.case,
        instrument: outcome.instrument,
        ...(outcome.profile === undefined ? {} : { profile: outcome.profile }),
        classification: outcome.classification,
        rule: outcome.rule,
        elements: outcome.elements,
        findings: outcome.findings.map((finding) => ({
          item: finding.item,
          label: labels.item(finding.item),
          status: finding.status,
          questions: finding.questions,
        })),
        unknowns: outcome.unknowns,
        explanation: outcome.explanation,
      };
      out.write(`${escapeControlCharacters(JSON.stringify(line))}\n`);
    },
    noPerson: () => {},
    wrote: () => {},
    end: (summary) => {
      const last: AssessSummaryLine = { formatVersion: JSON_OUTPUT_FORMAT_VERSION, summary };
      out.write(`${JSON.stringify(last)}\n`);
    },
  };
}
