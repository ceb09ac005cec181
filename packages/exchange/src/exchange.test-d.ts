import type { Bundle, Issue } from "@tipx/schema";
import type { GeneralJWE } from "jose";
import { describe, expectTypeOf, it } from "vitest";
import type { DecryptResult } from "./decrypt/decrypt-bundle";
import type { GeneralJwe } from "./encrypt/encrypt-bundle";
import type { GeneratedJwk } from "./keys/generate-keys";
import { type SignedBundle, signBundle } from "./sign/sign-bundle";
import type { TrustList } from "./trust-list/trust-list";
import type { VerifyResult } from "./verify/verify-bundle";

describe("@tipx/exchange (types)", () => {
  it("returns a bundle from signBundle, with its signature typed", () => {
    expectTypeOf(signBundle).returns.resolves.toEqualTypeOf<SignedBundle>();
    expectTypeOf<SignedBundle>().toExtend<Bundle>();
    expectTypeOf<SignedBundle["signature"]>().toEqualTypeOf<{ protected: string; signature: string }>();
  });

  it("takes only the two signature algorithms", () => {
    expectTypeOf<Parameters<typeof signBundle>[2]["alg"]>().toEqualTypeOf<"EdDSA" | "ES256" | undefined>();
  });

  it("makes a JWE jose reads, and JWKs with their kid", () => {
    expectTypeOf<GeneralJwe>().toExtend<GeneralJWE>();
    expectTypeOf<GeneratedJwk["kid"]>().toEqualTypeOf<string>();
  });

  it("reports issues of @tipx/schema", () => {
    expectTypeOf<VerifyResult["issues"]>().toEqualTypeOf<readonly Issue[]>();
    expectTypeOf<DecryptResult["value"]>().toEqualTypeOf<unknown>();
    expectTypeOf<TrustList["organizations"][number]["keys"][number]["kid"]>().toEqualTypeOf<string>();
  });
});
