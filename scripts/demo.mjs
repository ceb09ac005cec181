// The README's first command ends here: `tipx validate` on the bundled examples, one valid and one
// invalid bundle. tipx exits 1 when a bundle is invalid, which is the expected outcome of this demo.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = ["examples/bundles/mae-sot-interception.json", "examples/bundles/invalid-intake.json"];
const run = spawnSync(
  process.execPath,
  [join(root, "packages/cli/bin/tipx.js"), "validate", ...files, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
if (run.status === 1) {
  console.log(
    "\ntipx exited with 1: one bundle is invalid, as this demo intends. Try `pnpm exec tipx explain TIPX402`.",
  );
  process.exit(0);
}
console.error(`\nUnexpected exit code ${run.status} from tipx validate.`);
process.exit(run.status ?? 1);
