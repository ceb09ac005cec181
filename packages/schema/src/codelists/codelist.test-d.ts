import { describe, expectTypeOf, it } from "vitest";
import { type CodeList, type GENDERS, type Gender, genders } from "../index";

describe("code lists (types)", () => {
  it("make the Gender type exactly the union of GENDERS", () => {
    expectTypeOf<Gender>().toEqualTypeOf<(typeof GENDERS)[number]>();
    expectTypeOf<Gender>().toEqualTypeOf<
      | "Feminine"
      | "Masculine"
      | "TransgenderFeminine"
      | "TransgenderMasculine"
      | "NonConforming"
      | "NonSpecifiedUnknown"
    >();
  });

  it("type a list's codes as its union, and key its metadata by it", () => {
    expectTypeOf(genders).toEqualTypeOf<CodeList<Gender>>();
    expectTypeOf(genders.codes).items.toEqualTypeOf<Gender>();
    expectTypeOf<keyof typeof genders.meta>().toEqualTypeOf<Gender>();
  });
});
