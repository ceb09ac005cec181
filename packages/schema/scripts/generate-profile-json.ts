// Writes packages/schema/json-schema/profiles/{th,lr,py,ar}.json, the JSON Schema overlays of the
// country profiles. Run: pnpm exec tsx packages/schema/scripts/generate-profile-json.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { _profileOverlayFiles } from "../src/profiles/json-schema-overlay";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "json-schema", "profiles");
mkdirSync(outDir, { recursive: true });
for (const { fileName, text } of _profileOverlayFiles()) {
  writeFileSync(join(outDir, fileName), text);
  console.log(`wrote ${join("packages/schema/json-schema/profiles", fileName)}`);
}
