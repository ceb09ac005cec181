import { describe, expect, it } from "vitest";
import { measureBundles } from "../bench/bundle-size";

// An app that validates in one language ships only that language: the bundles of a three-line program
// (built by esbuild from the sources, as an app's bundler would build the package) hold no Thai script
// unless the program imports the Thai catalogue. `pnpm run bundle-size` prints the same table from dist/.
describe("what an app ships", () => {
  it("has no Thai script in a bundle that validates in English or Spanish, and Thai text only with the Thai catalogue", async () => {
    const sizes = await measureBundles(["@tipx/source"]);
    expect(sizes.map(({ program, thaiCharacters }) => [program, thaiCharacters > 0])).toEqual([
      ["validate, English", false],
      ["validate, Spanish", false],
      ["validate, Thai", true],
    ]);
  });
});
