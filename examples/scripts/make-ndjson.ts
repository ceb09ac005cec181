// Writes examples/mae-sot.ndjson for the CLI demo: the valid Mae Sot bundle on line 1, the invalid intake
// bundle on line 2 and a truncated (malformed) record on line 3. examples/examples.test.ts regenerates
// the text and fails when the committed file differs.
//
//   node --import tsx examples/scripts/make-ndjson.ts
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const examples = new URL("../", import.meta.url);

/** The path of the NDJSON file this script writes. */
export const NDJSON_FILE = fileURLToPath(new URL("mae-sot.ndjson", examples));

function compact(bundleFile: string): string {
  return JSON.stringify(JSON.parse(readFileSync(new URL(`bundles/${bundleFile}`, examples), "utf8")));
}

/**
 * Builds the demo NDJSON text: one bundle per line, then a record cut off in the middle, the way a
 * transfer interrupted half-way leaves it, so the CLI can show a malformed line being reported while the
 * other lines are still validated.
 */
export function makeNdjson(): string {
  const valid = compact("mae-sot-interception.json");
  const invalid = compact("invalid-intake.json");
  const truncated = invalid.slice(0, invalid.indexOf('"entities"') + '"entities":[{"type":"Organiz'.length);
  return `${valid}\n${invalid}\n${truncated}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(NDJSON_FILE, makeNdjson());
  console.log(`wrote ${NDJSON_FILE}`);
}
