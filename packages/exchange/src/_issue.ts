import { type Catalogue, ISSUES, type Issue, type IssueParams, renderMessage } from "@tipx/schema";

/** The issue codes this package reports. */
export type _ExchangeCode = "TIPX520" | "TIPX521" | "TIPX522" | "TIPX523" | "TIPX524" | "TIPX525" | "TIPX526";

/** An issue of this package: its code, severity, where (a JSON Pointer into the input) and message. */
export function _issue<C extends _ExchangeCode>(
  code: C,
  path: string,
  params: IssueParams<C>,
  locale: Catalogue | undefined,
): Issue {
  return { code, severity: ISSUES[code].severity, path, message: renderMessage(code, params, locale), params };
}
