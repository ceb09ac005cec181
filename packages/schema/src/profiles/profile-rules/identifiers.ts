import type { ProfileRule } from "../../rules/rule";
import { isIdentifierKind } from "../identifiers/kinds";
import { IDENTIFIER_SPECS } from "../identifiers/specs";
import type { ProfileCode } from "../profile-code";

/**
 * Creates the rule that checks identity numbers: every document of one of the profile country's kinds
 * (TH-PIN under TH; AR-DNI, AR-CUIL, AR-CUIT under AR; ...) and every passport, whatever its issuer,
 * gets its format, type prefix and check digit checked (TIPX301–TIPX305, TIPX308). A national kind
 * whose issuing country is another country is reported when either country is the profile's (TIPX306).
 * Messages name the kind, never the number.
 *
 * @example
 * ```ts
 * const rule = identifierRule("TH");
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function identifierRule(country: ProfileCode): ProfileRule {
  return (bundle, context) => {
    let looked = false;
    bundle.entities.forEach((entity, n) => {
      if (entity.type !== "Person") return;
      entity.identityDocuments?.forEach((document, i) => {
        if (!isIdentifierKind(document.kind)) return;
        const spec = IDENTIFIER_SPECS[document.kind];
        const path = ["entities", n, "identityDocuments", i] as const;
        // A keyed pseudonym (IdentityDocument.pseudonymous) is not the printed number: nothing to check.
        if ((spec.country === country || spec.country === null) && document.pseudonymous !== true) {
          looked = true;
          const result = spec.check(spec.normalize(document.number));
          const params = { kind: spec.kind, country, expected: spec.printedForm };
          if (!result.ok) context.report(result.code, [...path, "number"], params);
          else if (result.info !== undefined) context.report(result.info, [...path, "number"], params);
        }
        const issuer = document.issuingCountry;
        if (issuer === country) looked = true;
        if (
          spec.country !== null &&
          issuer !== undefined &&
          issuer !== spec.country &&
          (spec.country === country || issuer === country)
        ) {
          context.report("TIPX306", [...path, "issuingCountry"], { kind: spec.kind, kindCountry: spec.country });
        }
      });
    });
    return looked;
  };
}
