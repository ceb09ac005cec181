// Generates packages/convert/src/ctdc/codebooks.generated.ts, the variables of the two CTDC codebooks the
// converters write (Global Dataset codebook v6, 2017; Global Synthetic Dataset codebook v2, 2024) with their
// numbers, types, missing codes and codings, from the committed table packages/schema/data/ctdc/variables.csv.
import { banner, type GeneratedFile, LINE_WIDTH, quote, readCsv } from "../../schema/scripts/generate/_generated-file";

const INPUT = "packages/schema/data/ctdc/variables.csv";
const OUTPUT = "packages/convert/src/ctdc/codebooks.generated.ts";
const GENERATOR = "packages/convert/scripts/ctdc-codebooks.ts";
const VERSIONS = { "2017": "global_dataset_v6_2017", "2024": "global_synthetic_v2_2024" } as const;

function codebook(rows: ReturnType<typeof read>, version: string, constant: string): string {
  const lines = rows
    .filter((row) => row.version === version)
    .sort((a, b) => Number(a.number) - Number(b.number))
    .map((row) => {
      const values = row.values === "" ? [] : row.values.split("|");
      const props = [
        `name: ${quote(row.name)}`,
        `number: ${Number(row.number)}`,
        `type: ${quote(row.type)}`,
        `missing: ${quote(row.missing)}`,
      ];
      const list = `values: [${values.map(quote).join(", ")}]`;
      const oneLine = `  { ${[...props, list].join(", ")} },`;
      if (oneLine.length <= LINE_WIDTH) return oneLine;
      const listLines =
        `    ${list},`.length <= LINE_WIDTH
          ? [`    ${list},`]
          : ["    values: [", ...values.map((value) => `      ${quote(value)},`), "    ],"];
      return ["  {", ...props.map((prop) => `    ${prop},`), ...listLines, "  },"].join("\n");
    });
  return [`export const ${constant}: readonly _CtdcVariable[] = [`, ...lines, "];"].join("\n");
}

function read() {
  return readCsv(INPUT, ["name", "version", "number", "type", "missing", "values"]);
}

/** The generated file of the CTDC codebooks, for scripts/generate.ts. */
export function ctdcCodebookFiles(): GeneratedFile[] {
  const rows = read();
  const content = [
    banner(GENERATOR, [INPUT]),
    'import type { _CtdcVariable } from "./_variable";',
    "",
    `/** The variables of CTDC Global Dataset codebook v6 (November 2017), in codebook order. */`,
    codebook(rows, VERSIONS["2017"], "_CODEBOOK_2017"),
    "",
    `/** The variables of CTDC Global Synthetic Dataset codebook v2 (February 2024), in codebook order. */`,
    codebook(rows, VERSIONS["2024"], "_CODEBOOK_2024"),
    "",
  ].join("\n");
  return [{ path: OUTPUT, content }];
}
