import { argentineProfileData } from "./ar";
import { liberianProfileData } from "./lr";
import type { ProfileData } from "./profile";
import type { ProfileCode } from "./profile-code";
import { paraguayanProfileData } from "./py";
import { thaiProfileData } from "./th";

/**
 * Each profile country's data, as its folder assembles it. The registry cannot list these itself (it
 * stays data-only so that the code lists and the CLI can read it cheaply), so this is the one other
 * place a country is named; its type makes the compiler report a registered country missing here.
 * Every table by country (`AGENCIES`, `SUBDIVISIONS`, `IDENTIFIER_SPECS`, ...) and `profiles` derive
 * from it.
 */
export const PROFILE_DATA: { readonly [K in ProfileCode]: ProfileData } = {
  TH: thaiProfileData,
  LR: liberianProfileData,
  PY: paraguayanProfileData,
  AR: argentineProfileData,
};
