// The README's first command ends here: `tipx validate` on the bundled examples, one valid and one
// invalid bundle. It builds only the packages whose dist/ is missing or out of date (build-if-stale.ts),
// so a second `pnpm run demo` starts at once. tipx exits 1 when a bundle is invalid, which is the
// expected outcome of this demo.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIfStale, REPO_ROOT } from "./build-if-stale";

buildIfStale();
const files = ["examples/bundles/mae-sot-interception.json", "examples/bundles/invalid-intake.json"];
const run = spawnSync(
  process.execPath,
  [path.join(REPO_ROOT, "packages/cli/bin/tipx.js"), "validate", ...files, ...process.argv.slice(2)],
  { cwd: REPO_ROOT, stdio: "inherit" },
);
if (run.status === 1) {
  console.log(
    "\ntipx exited with 1: one bundle is invalid, as this demo intends. Try `pnpm exec tipx explain TIPX402`.",
  );
  process.exit(0);
}
console.error(`\nUnexpected exit code ${run.status} from tipx validate.`);
process.exit(run.status ?? 1);
