import type { Bundle } from "../model/bundle";
import { earliestDay, isCertainlyBefore } from "../model/partial-date-range";
import { at } from "./at";
import { toJsonPointer } from "./json-pointer";
import type { PathSegment, Rule, RuleContext } from "./rule";

/** Reports TIPX404 when `end` is certainly before `start` (both fields of entity `n`). */
function order(
  context: RuleContext,
  n: number,
  start: string | undefined,
  startKey: string,
  end: string | undefined,
  endKey: string,
): void {
  if (start && end && isCertainlyBefore(end, start))
    context.report("TIPX404", at(n, endKey), { otherPath: toJsonPointer(at(n, startKey)) });
}

/** TIPX404 when the date at `endPath` is certainly before the date at `startPath` (any depth). */
function orderAt(
  context: RuleContext,
  start: string | undefined,
  startPath: readonly PathSegment[],
  end: string | undefined,
  endPath: readonly PathSegment[],
): void {
  if (start && end && isCertainlyBefore(end, start))
    context.report("TIPX404", endPath, { otherPath: toJsonPointer(startPath) });
}

/**
 * Ends never come before starts (TIPX404), past events are not after the bundle (TIPX410), and statuses
 * agree with dates (TIPX408).
 */
export const checkDates: Rule = (bundle: Bundle, context: RuleContext) => {
  const { index } = context;
  const day = index.bundleDay;
  const notAfterBundle = (date: string | undefined, n: number, a: string, b?: number, c?: string): void => {
    // a partial date is after the bundle only if its first possible day is
    if (date !== undefined && date > day && earliestDay(date) > day) context.report("TIPX410", at(n, a, b, c), {});
  };
  const entities = bundle.entities;
  for (let n = 0; n < entities.length; n++) {
    const e = entities[n];
    switch (e?.type) {
      case "Person":
        notAfterBundle(e.birthDate, n, "birthDate");
        e.residence?.forEach((r, i) =>
          orderAt(context, r.asOf, at(n, "residence", i, "asOf"), r.validUntil, at(n, "residence", i, "validUntil")),
        );
        break;
      case "Case": {
        order(context, n, e.openedOn, "openedOn", e.closedOn, "closedOn");
        notAfterBundle(e.openedOn, n, "openedOn");
        notAfterBundle(e.closedOn, n, "closedOn");
        e.events?.forEach((ev, i) => {
          notAfterBundle(ev.date, n, "events", i, "date");
          notAfterBundle(ev.endDate, n, "events", i, "endDate");
          orderAt(context, ev.date, at(n, "events", i, "date"), ev.endDate, at(n, "events", i, "endDate"));
        });
        e.parties.forEach((party, i) => {
          const found = party.victim?.identification;
          if (!found) return;
          const period = found.protectionPeriod;
          const base = at(n, "parties", i, "victim", "identification");
          if (found.date !== undefined && found.date > day && earliestDay(found.date) > day)
            context.report("TIPX410", [...base, "date"], {});
          if (period)
            orderAt(context, period.start, [...base, "protectionPeriod", "start"], period.end, [
              ...base,
              "protectionPeriod",
              "end",
            ]);
        });
        const closed = e.status === "Closed" || e.status === "ClosedReferred";
        const list = "htcds.case-status";
        if (e.status && closed && !e.closedOn)
          context.report("TIPX408", at(n, "status"), { status: e.status, list, missing: "Case.closedOn" });
        if (e.status && !closed && e.closedOn) context.report("TIPX408", at(n, "closedOn"), { status: e.status, list });
        break;
      }
      case "Operation":
        notAfterBundle(e.date, n, "date");
        break;
      case "Consent":
        order(context, n, e.givenOn, "givenOn", e.withdrawnOn, "withdrawnOn");
        order(context, n, e.givenOn, "givenOn", e.expiresOn, "expiresOn");
        notAfterBundle(e.givenOn, n, "givenOn");
        break;
      case "Referral": {
        order(context, n, e.proposedOn, "proposedOn", e.respondedOn, "respondedOn");
        order(context, n, e.proposedOn, "proposedOn", e.closedOn, "closedOn");
        order(context, n, e.respondedOn, "respondedOn", e.closedOn, "closedOn");
        notAfterBundle(e.proposedOn, n, "proposedOn");
        const list = "tipx.referral-status";
        if ((e.status === "accepted" || e.status === "declined") && !e.respondedOn)
          context.report("TIPX408", at(n, "status"), { status: e.status, list, missing: "Referral.respondedOn" });
        if ((e.status === "completed" || e.status === "withdrawn") && !e.closedOn)
          context.report("TIPX408", at(n, "status"), { status: e.status, list, missing: "Referral.closedOn" });
        break;
      }
      case "LegalProceeding":
        order(context, n, e.filedOn, "filedOn", e.decidedOn, "decidedOn");
        notAfterBundle(e.filedOn, n, "filedOn");
        notAfterBundle(e.decidedOn, n, "decidedOn");
        break;
      case "Assessment":
        notAfterBundle(e.assessedOn, n, "assessedOn");
        break;
      default:
        break;
    }
  }
};
