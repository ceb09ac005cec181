import { describe, expectTypeOf, it } from "vitest";
import type { Person } from "../index";

type Names = NonNullable<Person["names"]>;

describe("Person (types)", () => {
  it("has names.given as an optional string", () => {
    expectTypeOf<Pick<Names, "given">>().toEqualTypeOf<{ given?: string }>();
  });

  it("does not let names.given be set to undefined (exactOptionalPropertyTypes)", () => {
    // toEqualTypeOf does not tell `given?: string` from `given?: string | undefined`; assignability does.
    expectTypeOf<{ given: undefined }>().not.toExtend<{ given?: string }>();
    // The model uses zod's `.exactOptional()`, which infers `given?: string` (`.optional()` would add
    // `| undefined`, and a bundle could then carry `undefined`, which JSON cannot).
    expectTypeOf<{ given: undefined }>().not.toExtend<Pick<Names, "given">>();
  });

  it('has the literal type "Person"', () => {
    expectTypeOf<Person["type"]>().toEqualTypeOf<"Person">();
    expectTypeOf<"Organization">().not.toExtend<Person["type"]>();
  });
});
