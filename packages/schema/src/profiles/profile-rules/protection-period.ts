import type { ProfileRule } from "../../rules/rule";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";

/** The length of a full date (`YYYY-MM-DD`); shorter partial dates are not compared. */
const FULL_DAY = 10;

/** The day number of a full date (days since 1970-01-01, UTC). */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

/**
 * Creates the rule that compares victims' protection periods with the one the profile country's referral
 * mechanism fixes (`profiles.TH.identification.protectionPeriod`): a period of a case party's
 * `victim.identification` whose first and last days are both full dates and that lasts longer, both days
 * counted, is reported (TIPX352, an info: the length rests on an unverified fact) with its length and
 * the limit. A period with a partial date is left alone (its length is not known), as is a case whose
 * jurisdiction is another country. Under a profile without a protection period the rule does nothing.
 * It looked at something only when it compared a period.
 *
 * @example
 * ```ts
 * const rule = protectionPeriodRule("TH");
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function protectionPeriodRule(country: ProfileCode): ProfileRule {
  const { identification, calendar } = PROFILE_DATA[country];
  const limit = identification.protectionPeriod?.days;
  if (limit === undefined) return () => false;
  return (bundle, context) => {
    let compared = false;
    bundle.entities.forEach((entity, n) => {
      if (entity.type !== "Case") return;
      if (entity.jurisdiction !== undefined && entity.jurisdiction.country !== country) return;
      entity.parties.forEach((party, i) => {
        const period = party.victim?.identification?.protectionPeriod;
        const { start, end } = period ?? {};
        if (start?.length !== FULL_DAY || end?.length !== FULL_DAY) return;
        // Years centuries apart mean one was written in the profile's other era (a Buddhist Era year
        // copied as it is): TIPX350 reports that, and the length would only mislead.
        const yearsApart = Math.abs(Number(end.slice(0, 4)) - Number(start.slice(0, 4)));
        if (calendar.eraOffset > 0 && yearsApart * 2 > calendar.eraOffset) return;
        compared = true;
        // Both the first and the last day are days of the period.
        const days = dayNumber(end) - dayNumber(start) + 1;
        if (days > limit) {
          context.report("TIPX352", ["entities", n, "parties", i, "victim", "identification", "protectionPeriod"], {
            days,
            limit,
          });
        }
      });
    });
    return compared;
  };
}
