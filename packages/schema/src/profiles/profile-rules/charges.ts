import type { ProfileRule } from "../../rules/rule";
import { findLegalInstrument, LEGAL_INSTRUMENTS } from "../law/instruments";
import type { ProfileCode } from "../profile-code";

/**
 * Creates the rule that checks the charges of legal proceedings. In a proceeding under the profile
 * country's jurisdiction a charge must cite one of its instruments: another profile country's
 * instrument is an error (TIPX330), an instrument no profile lists a warning (TIPX331), a section the
 * instrument's list lacks a warning (TIPX332, the lists are partial). A proceeding under another
 * jurisdiction that cites the profile country's law is an error too (TIPX330).
 *
 * @example
 * ```ts
 * const rule = chargeRule("AR");
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function chargeRule(country: ProfileCode): ProfileRule {
  const own = LEGAL_INSTRUMENTS[country].meta;
  const isOwn = (code: string): boolean => Object.hasOwn(own, code);
  return (bundle, context) => {
    let looked = false;
    bundle.entities.forEach((entity, n) => {
      if (entity.type !== "LegalProceeding") return;
      const jurisdiction = entity.jurisdiction.country;
      entity.charges.forEach((charge, j) => {
        const path = ["entities", n, "charges", j] as const;
        if (jurisdiction === country || isOwn(charge.instrument)) looked = true;
        if (jurisdiction !== country) {
          if (isOwn(charge.instrument)) context.report("TIPX330", [...path, "instrument"], { country: jurisdiction });
          return;
        }
        if (!isOwn(charge.instrument)) {
          const code = findLegalInstrument(charge.instrument) === undefined ? "TIPX331" : "TIPX330";
          context.report(code, [...path, "instrument"], { country });
          return;
        }
        const sections = own[charge.instrument]?.sections;
        if (charge.section !== undefined && sections !== undefined && !Object.hasOwn(sections.meta, charge.section)) {
          context.report("TIPX332", [...path, "section"], { country });
        }
      });
    });
    return looked;
  };
}
