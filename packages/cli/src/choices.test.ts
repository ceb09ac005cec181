import { LANGS, PROFILE_CODES } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { LANG_CHOICES, PROFILE_CHOICES } from "./choices";

describe("option choices", () => {
  it("match the languages and profiles of @tipx/schema", () => {
    expect([...LANG_CHOICES]).toEqual([...LANGS]);
    expect([...PROFILE_CHOICES]).toEqual([...PROFILE_CODES]);
  });
});
