import type { ProfileRule } from "../../rules/rule";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import { _forEachDate } from "./_dates";

/**
 * The first year taken for a Buddhist Era year. BE 2400 is CE 1857: no one alive was born before it,
 * and a Common Era year of 2400 is centuries away, so a date of a record from that year on is a BE year
 * copied as it is (a Thai document's 2565 for 2022).
 */
const BUDDHIST_ERA_FROM = 2400;

/**
 * Creates the rule that finds years written in the Buddhist Era, for a profile whose documents use the
 * Buddhist calendar (Thailand's): every date of the bundle whose year is 2400 or later is reported
 * (TIPX350, a warning) with the Common Era year when the field's sensitivity is `none`, else with the
 * offset alone. `validate()` then leaves out the order, age and after-the-bundle issues on that date
 * (TIPX404, TIPX405, TIPX406, TIPX410), which follow from the same mistake. Under a profile with the
 * Gregorian calendar the rule does nothing. It looked at something only when it found such a year.
 *
 * @see profiles.TH.calendar (BE = CE + 543)
 * @example
 * ```ts
 * const rule = buddhistEraRule("TH");
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function buddhistEraRule(country: ProfileCode): ProfileRule {
  const calendar = PROFILE_DATA[country].calendar;
  if (calendar.kind !== "buddhist") return () => false;
  const offset = calendar.eraOffset;
  return (bundle, context) => {
    let found = false;
    _forEachDate(bundle, (date, path, _field, sensitivity) => {
      // Most dates start 1 or 20-23: below the era's years, read without making a string (a first
      // character below "2", or "2" then one below "4", gives a year under 2400 or none at all).
      const first = date.charCodeAt(0);
      if (first < 50 || (first === 50 && date.charCodeAt(1) < 52)) return;
      const year = Number(date.slice(0, 4));
      if (!(year >= BUDDHIST_ERA_FROM)) return;
      found = true;
      // The Common Era year says what the date is: only for a field that may be repeated.
      const at = [...path];
      context.report("TIPX350", at, sensitivity === "none" ? { offset, commonEraYear: year - offset } : { offset });
    });
    return found;
  };
}
