// The exchange round trips in a real browser: test/browser-program.ts, bundled by esbuild for the browser from
// the TypeScript sources, runs in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
// on a fake https origin that page.route serves from memory, so nothing touches the network. The page makes
// its own keys with WebCrypto; signatures and JWEs cross between Node and the page both ways. `.ci/run`
// installs Chromium on a clean machine; without it the test skips and says so.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { decryptBundle, encryptBundle, generateKeys, signBundle, TrustList, verifyBundle } from "@tipx/exchange";
import { type Bundle, validate } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { bundleProgram } from "./_bundle-program";
import { HAS_CHROMIUM, inChromiumPage, SKIP_REASON, STEP_TIMEOUT, withTimeout } from "./_chromium";
import type { BrowserInput, BrowserOutput, Outcome, TipxBrowser } from "./browser-program";

const ROOT = path.resolve(import.meta.dirname, "..");

if (!HAS_CHROMIUM) console.warn(`test/browser.test.ts skipped: ${SKIP_REASON}`);

const withoutSignature = (value: unknown): unknown => {
  const { signature: _signature, ...rest } = value as Record<string, unknown>;
  return rest;
};

describe("@tipx/exchange in a browser", () => {
  it.skipIf(!HAS_CHROMIUM)(
    HAS_CHROMIUM
      ? "signs, verifies, encrypts and decrypts in headless Chromium, and interoperates with Node both ways"
      : `browser round trips (skipped: ${SKIP_REASON})`,
    async () => {
      const bundle = JSON.parse(
        await readFile(path.join(ROOT, "examples", "bundles", "mae-sot-interception.json"), "utf8"),
      ) as Bundle;
      const { sender } = bundle;
      const program = await bundleProgram("browser-program.ts");

      // Node's side: the sender's signing key and a recipient's encryption key, made with the library in Node.
      const nodeSigning = await generateKeys("sig", { org: sender.name });
      const nodeRecipient = await generateKeys("enc", { org: "Ministry of Social Development and Human Security" });
      const nodeSigningKid = nodeSigning.publicJwk.kid;
      const nodeRecipientKid = nodeRecipient.publicJwk.kid;
      const organization = { ...(sender.organization ? { id: sender.organization } : {}), name: sender.name };
      const input: BrowserInput = {
        bundle,
        signedInNode: await signBundle(bundle, nodeSigning.privateJwk, { kid: nodeSigningKid }),
        trust: TrustList.parse({
          organizations: [{ ...organization, keys: [{ kid: nodeSigningKid, publicKey: nodeSigning.publicJwk }] }],
        }),
        nodeRecipient: { kid: nodeRecipientKid, publicKey: nodeRecipient.publicJwk },
      };

      await inChromiumPage(program, "tipxBrowser", async (page, pageErrors) => {
        const out: BrowserOutput = await withTimeout(
          page.evaluate(
            (value) => (globalThis as unknown as { tipxBrowser: TipxBrowser }).tipxBrowser.run(value),
            input,
          ),
          STEP_TIMEOUT,
          "the browser round trip",
        );

        // The page is a browser, not Node, and did its cryptography with WebCrypto.
        expect(out.environment).toEqual({ secureContext: true, node: false, subtle: true });
        // Sign and verify in the page: ok, signed by the sender, the same bundle back.
        expect(out.verified).toMatchObject({ ok: true, signer: sender.name, codes: [] });
        expect(withoutSignature(out.verified.value)).toEqual(bundle);
        expect(out.tampered).toMatchObject({ ok: false, codes: ["TIPX520"] });
        // Sign, then encrypt; decrypt and verify in the page.
        expect(out.decrypted).toMatchObject({ ok: true, codes: [] });
        expect(out.decrypted.value).toEqual(out.signed);
        expect(out.decryptedVerified).toMatchObject({ ok: true, signer: sender.name, codes: [] });
        expect(out.wrongKey).toMatchObject({ ok: false, codes: ["TIPX526"] });
        // A signature made in Node verifies in the browser ...
        expect(out.nodeSignatureVerified).toMatchObject({ ok: true, signer: sender.name, codes: [] });
        expect(withoutSignature(out.nodeSignatureVerified.value)).toEqual(bundle);
        // ... and one made in the browser verifies in Node.
        const browserTrust = TrustList.parse({ organizations: [{ ...organization, keys: [out.signingKey] }] });
        const inNode = await verifyBundle(out.signed, browserTrust);
        expect(inNode.issues.map((issue) => issue.code)).toEqual([]);
        expect(inNode.ok).toBe(true);
        expect(withoutSignature(inNode.bundle)).toEqual(bundle);
        // A JWE made in the browser decrypts in Node, and verifies there ...
        const fromBrowser = await decryptBundle(out.jweForNode, nodeRecipient.privateJwk);
        expect(fromBrowser.ok).toBe(true);
        expect(fromBrowser.value).toEqual(out.signed);
        expect((await verifyBundle(fromBrowser.value, browserTrust)).ok).toBe(true);
        // ... and one made in Node decrypts in the browser.
        const jweForBrowser = await encryptBundle(input.signedInNode as Bundle, [out.recipient]);
        const inBrowser: Outcome = await withTimeout(
          page.evaluate(
            (jwe) => (globalThis as unknown as { tipxBrowser: TipxBrowser }).tipxBrowser.decrypt(jwe),
            jweForBrowser as unknown,
          ),
          STEP_TIMEOUT,
          "the browser decryption",
        );
        expect(inBrowser).toMatchObject({ ok: true, codes: [] });
        expect(inBrowser.value).toEqual(input.signedInNode);
        expect(pageErrors).toEqual([]);
        // A signed bundle is still a bundle: validate() (from @tipx/schema, in the page) accepts it as it is.
        // Its only issues are the data-quality warnings of the unsigned bundle (TIPX603, one per rescued person).
        expect(out.signedValidates, "a signed bundle is still a valid bundle").toEqual({
          ok: true,
          codes: validate(input.signedInNode).issues.map((issue) => issue.code),
        });
      });
    },
    180_000,
  );
});
