import type { Explanation, Lang } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import type { OutputFormat } from "../choices";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { UsageError } from "../usage-error";

/** The options of `tipx explain`, parsed. */
export interface ExplainCommandOptions {
  /** The language of the texts. */
  readonly lang: Lang;
  /** List every code instead of explaining one. */
  readonly list: boolean;
  /** `text` for people, `json` for programs. */
  readonly format: OutputFormat;
}

function explanationText(explanation: Explanation, lang: Lang): string {
  const m = cliMessages(lang).explain;
  const lines = [
    `${explanation.code}  ${explanation.title}`,
    `${m.severity}: ${explanation.severity}`,
    `${m.family}: ${explanation.family}`,
    ...(explanation.source === undefined ? [] : [`${m.source}: ${explanation.source}`]),
    ...(explanation.verified ? [] : [m.unverified]),
    "",
    explanation.explanation,
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Runs `tipx explain`: documents one issue code (`TIPX402`, or just `402`), or lists them all with
 * `--list`.
 *
 * @param code - the code to explain, when given.
 * @param options - the parsed options.
 * @param io - the run's streams.
 * @returns 0.
 * @throws {@link UsageError} for an unknown code, or when neither or both of a code and `--list` are given.
 */
export async function explainCommand(
  code: string | undefined,
  options: ExplainCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  const { explain, ISSUE_CODES } = await import("@tipx/schema");
  const locale = await loadCatalogue(options.lang);
  if (options.list) {
    if (code !== undefined) throw new UsageError("give either an issue code or --list, not both");
    const all = ISSUE_CODES.flatMap((each) => explain(each, locale) ?? []);
    if (options.format === "json") {
      io.stdout.write(
        `${JSON.stringify(
          all.map(({ code: c, family, severity, title }) => ({ code: c, family, severity, title })),
          null,
          2,
        )}\n`,
      );
    } else {
      io.stdout.write(all.map((each) => `${each.code}  ${each.severity.padEnd(7)}  ${each.title}\n`).join(""));
    }
    return EXIT_CODES.ok;
  }
  if (code === undefined) throw new UsageError("give an issue code, such as TIPX402, or --list to see them all");
  const explanation = explain(code, locale);
  if (explanation === undefined) {
    throw new UsageError(
      `unknown issue code ${JSON.stringify(code.slice(0, 40))}; run \`tipx explain --list\` to see every code`,
    );
  }
  io.stdout.write(
    options.format === "json"
      ? `${JSON.stringify(explanation, null, 2)}\n`
      : explanationText(explanation, options.lang),
  );
  return EXIT_CODES.ok;
}
