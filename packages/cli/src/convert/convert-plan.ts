/**
 * The checks `tipx convert` makes on its command line before it reads anything, and what they decide:
 * the formats read and written. Every problem is a usage error (exit code 2).
 *
 * @module
 */
import { UsageError } from "../usage-error";
import { type Codebook, type ConvertFormat, type ConvertFrom, type ConvertTo, formatOfName } from "./convert-choices";

/** The options of `tipx convert` as given. */
export interface ConvertPlanOptions {
  readonly from: ConvertFrom;
  readonly to: ConvertTo;
  readonly mapping?: string;
  readonly codebook?: Codebook;
  readonly k?: number;
  readonly hxl: boolean;
  readonly out?: string;
  readonly report?: string;
  readonly format?: ConvertFormat;
}

/** What a run reads and writes. */
export interface ConvertPlan {
  readonly from: ConvertFrom;
  /** `--to`, with `ndjson` read as `tipx`. */
  readonly to: Exclude<ConvertTo, "ndjson">;
  /** How the input is read: rows from CSV or XLSX, bundles from NDJSON or one JSON document. */
  readonly input: ConvertFormat;
  /** What is written. */
  readonly output: ConvertFormat;
  readonly codebook: Codebook;
  readonly k: number;
}

/** The k of k-anonymity when `--k` is not given: CTDC's own threshold. */
export const DEFAULT_K = 11;

const ROW_INPUTS: readonly ConvertFormat[] = ["csv", "xlsx"];

/**
 * Checks the command line of `tipx convert` and decides the formats.
 *
 * @param input - the input as named (`-` is standard input).
 * @param options - the options given.
 * @returns the plan.
 * @throws {@link UsageError} when the options do not go together.
 */
export function planConversion(input: string, options: ConvertPlanOptions): ConvertPlan {
  const to = options.to === "ndjson" ? "tipx" : options.to;
  const { from } = options;
  if (from !== "tipx" && to !== "tipx")
    throw new UsageError(
      `--from ${from} --to ${to}: one side must be tipx; convert in two steps, as in "tipx convert IN --from ${from} | tipx convert - --from tipx --to ${to}"`,
    );
  if (from === "mapped" && options.mapping === undefined) throw new UsageError("--from mapped needs --mapping FILE");
  if (from !== "mapped" && options.mapping !== undefined) throw new UsageError("--mapping goes with --from mapped");
  if (options.codebook !== undefined && to !== "ctdc") throw new UsageError("--codebook goes with --to ctdc");
  if (options.k !== undefined && to !== "ctdc" && to !== "ctdc-vp")
    throw new UsageError("--k goes with --to ctdc or --to ctdc-vp");
  if (options.hxl && to === "tipx") throw new UsageError("--hxl goes with row outputs: --to htcds, ctdc or ctdc-vp");
  if (options.out !== undefined && options.out === input) throw new UsageError("--out names the input");
  if (options.report !== undefined && (options.report === input || options.report === options.out))
    throw new UsageError("--report names the input or the output");

  const named = input === "-" ? undefined : formatOfName(input);
  const inputFormat: ConvertFormat =
    from === "tipx" ? (named === "json" ? "json" : "ndjson") : from === "htcds-workbook" ? "xlsx" : (named ?? "csv");
  if (from !== "tipx" && !ROW_INPUTS.includes(inputFormat))
    throw new UsageError(`--from ${from} reads CSV or XLSX files, not ${inputFormat.toUpperCase()}`);
  if (from === "htcds-workbook" && named !== undefined && named !== "xlsx")
    throw new UsageError("--from htcds-workbook reads XLSX workbooks");

  const fallback: ConvertFormat = to === "tipx" ? "ndjson" : "csv";
  const output = options.format ?? (options.out === undefined ? undefined : formatOfName(options.out)) ?? fallback;
  if (to === "tipx" && output !== "ndjson" && output !== "json")
    throw new UsageError(`bundles are written as NDJSON or JSON, not ${output.toUpperCase()}`);
  return {
    from,
    to,
    input: inputFormat,
    output,
    codebook: options.codebook ?? "2024",
    k: options.k ?? DEFAULT_K,
  };
}
