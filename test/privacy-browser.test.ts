// pseudonymize runs on WebCrypto alone, so a browser and Node give the same pseudonyms under the same key:
// a program, bundled by esbuild for the browser from the TypeScript sources, pseudonymises the Mae Sot
// bundle in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) on a fake https
// origin that page.route serves from memory, so nothing touches the network; Node does the same and the
// outputs must be identical. Without Chromium the test skips and says so, as test/browser.test.ts does.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Bundle } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { type PseudonymizeResult, pseudonymize } from "../packages/privacy/src/pseudonymize/index";
import { bundleProgram } from "./_bundle-program";
import { HAS_CHROMIUM, inChromiumPage, SKIP_REASON, STEP_TIMEOUT, withTimeout } from "./_chromium";

const ROOT = path.resolve(import.meta.dirname, "..");

if (!HAS_CHROMIUM) console.warn(`test/privacy-browser.test.ts skipped: ${SKIP_REASON}`);

/** What the page computes: its environment, and the pseudonymised bundle from raw bytes and from a CryptoKey. */
interface PageOutput {
  readonly environment: { readonly secureContext: boolean; readonly node: boolean; readonly subtle: boolean };
  readonly fromBytes: PseudonymizeResult;
  readonly fromCryptoKey: PseudonymizeResult;
}

// The page's program, kept here so that the test is one file. The key travels as numbers: page.evaluate
// serialises a Uint8Array as an object.
const PROGRAM = `
import { importPseudonymKey, pseudonymize } from "../packages/privacy/src/pseudonymize/index";
globalThis.tipxPseudonymize = async (bundle, keyBytes) => {
  const bytes = Uint8Array.from(keyBytes);
  const processLike = globalThis["process"];
  return {
    environment: {
      secureContext: globalThis.isSecureContext === true,
      node: typeof processLike === "object" && processLike !== null,
      subtle: typeof globalThis.crypto?.subtle?.sign === "function",
    },
    fromBytes: await pseudonymize(bundle, { key: bytes }),
    fromCryptoKey: await pseudonymize(bundle, { key: await importPseudonymKey(bytes) }),
  };
};
`;

describe("@tipx/privacy pseudonymize in a browser", () => {
  it.skipIf(!HAS_CHROMIUM)(
    HAS_CHROMIUM
      ? "gives in headless Chromium exactly the pseudonyms Node gives under the same raw key"
      : `browser pseudonymisation (skipped: ${SKIP_REASON})`,
    async () => {
      const bundle = JSON.parse(
        await readFile(path.join(ROOT, "examples", "bundles", "mae-sot-interception.json"), "utf8"),
      ) as Bundle;
      // A fixed key, so that a failure can be reproduced; it protects nothing.
      const keyBytes = Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);
      const inNode = await pseudonymize(bundle, { key: Uint8Array.from(keyBytes) });
      const program = await bundleProgram({ contents: PROGRAM, sourcefile: "privacy-browser-program.ts" });

      await inChromiumPage(program, "tipxPseudonymize", async (page, pageErrors) => {
        const out: PageOutput = await withTimeout(
          page.evaluate(
            ([value, key]) =>
              (
                globalThis as unknown as {
                  tipxPseudonymize: (bundle: unknown, key: readonly number[]) => Promise<PageOutput>;
                }
              ).tipxPseudonymize(value, key),
            [bundle, keyBytes] as const,
          ),
          STEP_TIMEOUT,
          "the browser pseudonymisation",
        );

        // The page is a browser, not Node, and used WebCrypto.
        expect(out.environment).toEqual({ secureContext: true, node: false, subtle: true });
        // The same pseudonyms, the same counts, from raw bytes and from an imported CryptoKey.
        expect(out.fromBytes).toEqual(inNode);
        expect(out.fromCryptoKey).toEqual(inNode);
        expect(inNode.bundle.id).not.toBe(bundle.id);
        expect(pageErrors).toEqual([]);
      });
    },
    180_000,
  );
});
