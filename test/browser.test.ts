// The exchange round trips in a real browser: test/browser-program.ts, bundled by esbuild for the browser from
// the TypeScript sources, runs in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
// on a fake https origin that page.route serves from memory, so nothing touches the network. The page makes
// its own keys with WebCrypto; signatures and JWEs cross between Node and the page both ways. `.ci/run`
// installs Chromium on a clean machine; without it the test skips and says so.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { decryptBundle, encryptBundle, generateKeys, signBundle, TrustList, verifyBundle } from "@tipx/exchange";
import { type Bundle, validate } from "@tipx/schema";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { BrowserInput, BrowserOutput, Outcome, TipxBrowser } from "./browser-program";

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ROOT = path.resolve(import.meta.dirname, "..");
const ORIGIN = "https://tipx.test";
const LAUNCH_TIMEOUT = 30_000;
const STEP_TIMEOUT = 60_000;
// The flags known to work on this machine kind: no sandbox as root, and none of Chromium's own network traffic.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const SKIP_REASON = `${CHROMIUM} is missing (install Debian's chromium: \`apt-get install -y chromium\`, as .ci/run does as root)`;

if (!HAS_CHROMIUM) console.warn(`test/browser.test.ts skipped: ${SKIP_REASON}`);

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function bundleProgram(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, "test", "browser-program.ts")],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    target: "es2022",
    conditions: ["@tipx/source"],
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild wrote no output");
  return output.text;
}

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
      const program = await bundleProgram();

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

      const userDataDir = await mkdtemp(path.join(os.tmpdir(), "tipx-chromium-"));
      const pageErrors: string[] = [];
      let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
      try {
        context = await chromium.launchPersistentContext(userDataDir, {
          executablePath: CHROMIUM,
          headless: true,
          args: ARGS,
          timeout: LAUNCH_TIMEOUT,
        });
        context.setDefaultTimeout(STEP_TIMEOUT);
        const page = context.pages()[0] ?? (await context.newPage());
        page.on("pageerror", (error) => pageErrors.push(error.message));
        page.on("console", (message) => {
          if (message.type() === "error") pageErrors.push(message.text());
        });
        // The page and its program come from memory; any other request is refused.
        await page.route("**/*", (route) => {
          const url = route.request().url();
          if (url === `${ORIGIN}/`)
            return route.fulfill({
              contentType: "text/html; charset=utf-8",
              body: '<!doctype html><meta charset="utf-8"><script type="module" src="/program.js"></script>',
            });
          if (url === `${ORIGIN}/program.js`)
            return route.fulfill({ contentType: "text/javascript; charset=utf-8", body: program });
          return route.abort();
        });
        await page.goto(`${ORIGIN}/`, { timeout: STEP_TIMEOUT });
        await page
          .waitForFunction(() => "tipxBrowser" in globalThis, null, { timeout: STEP_TIMEOUT })
          .catch((error: unknown) => {
            throw new Error(`the program did not start: ${pageErrors.join("; ") || String(error)}`);
          });

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
      } finally {
        await withTimeout(context?.close() ?? Promise.resolve(), 15_000, "closing Chromium").catch(() => {});
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
