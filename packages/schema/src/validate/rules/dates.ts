import type { Bundle } from "../../model/bundle";
import { earliestDay, isCertainlyBefore } from "../../model/partial-date-range";
import { toJsonPointer } from "../raw-issue";
import type { PathSegment, RuleContext } from "../rule";
import type { BaseRule, BundleIndex } from "./bundle-index";

type Dated = { date: string | undefined; path: readonly PathSegment[] };

function order(context: RuleContext, start: Dated, end: Dated): void {
  if (start.date && end.date && isCertainlyBefore(end.date, start.date)) {
    context.report("TIPX404", end.path, { otherPath: toJsonPointer(start.path) });
  }
}

function notAfterBundle(context: RuleContext, index: BundleIndex, dated: Dated): void {
  if (dated.date && earliestDay(dated.date) > index.bundleDay) context.report("TIPX410", dated.path, {});
}

/**
 * Ends never come before starts (TIPX404), past events are not after the bundle (TIPX410), and statuses
 * agree with dates (TIPX408).
 */
export const checkDates: BaseRule = (bundle: Bundle, context: RuleContext, index: BundleIndex) => {
  bundle.entities.forEach((e, n) => {
    const d = (date: string | undefined, ...rest: PathSegment[]): Dated => ({ date, path: ["entities", n, ...rest] });
    switch (e.type) {
      case "Person":
        notAfterBundle(context, index, d(e.birthDate, "birthDate"));
        return;
      case "Case": {
        order(context, d(e.openedOn, "openedOn"), d(e.closedOn, "closedOn"));
        notAfterBundle(context, index, d(e.openedOn, "openedOn"));
        notAfterBundle(context, index, d(e.closedOn, "closedOn"));
        e.events?.forEach((ev, i) => notAfterBundle(context, index, d(ev.date, "events", i, "date")));
        const closed = e.status === "Closed" || e.status === "ClosedReferred";
        if (e.status && closed && !e.closedOn) context.report("TIPX408", ["entities", n, "status"], { status: e.status });
        if (e.status && !closed && e.closedOn) context.report("TIPX408", ["entities", n, "closedOn"], { status: e.status });
        return;
      }
      case "Operation":
        notAfterBundle(context, index, d(e.date, "date"));
        return;
      case "Consent":
        order(context, d(e.givenOn, "givenOn"), d(e.withdrawnOn, "withdrawnOn"));
        notAfterBundle(context, index, d(e.givenOn, "givenOn"));
        return;
      case "Referral":
        order(context, d(e.proposedOn, "proposedOn"), d(e.respondedOn, "respondedOn"));
        order(context, d(e.proposedOn, "proposedOn"), d(e.closedOn, "closedOn"));
        order(context, d(e.respondedOn, "respondedOn"), d(e.closedOn, "closedOn"));
        notAfterBundle(context, index, d(e.proposedOn, "proposedOn"));
        if ((e.status === "accepted" || e.status === "declined") && !e.respondedOn) {
          context.report("TIPX408", ["entities", n, "status"], { status: e.status });
        }
        if ((e.status === "completed" || e.status === "withdrawn") && !e.closedOn) {
          context.report("TIPX408", ["entities", n, "status"], { status: e.status });
        }
        return;
      case "LegalProceeding":
        order(context, d(e.filedOn, "filedOn"), d(e.decidedOn, "decidedOn"));
        notAfterBundle(context, index, d(e.filedOn, "filedOn"));
        notAfterBundle(context, index, d(e.decidedOn, "decidedOn"));
        return;
      case "Assessment":
        notAfterBundle(context, index, d(e.assessedOn, "assessedOn"));
        return;
      case "Organization":
        return;
    }
  });
};
