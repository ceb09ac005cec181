// PLACEHOLDER written by the lead so validate() compiles; the profiles engineer replaces this file
// with the real rules (item 11 of the profiles task). Keep the exported name and signature.
import type { Bundle } from "../model/bundle";
import type { Rule } from "../validate/rule";
import type { ProfileCode } from "./profile-code";

/** The rules a country profile adds to `validate()`. */
export function profileRules(code: ProfileCode): readonly Rule<Bundle>[] {
  void code;
  return [];
}
