import * as z from "zod";
import { field } from "../metadata/registry";
import { EntityId } from "./primitives";

/**
 * A case worker: the staff member who manages a case (HTCDS `cas_CaseOwner`), as a Person entity, a staff
 * id of their organisation, or both, with the organisation beside it.
 *
 * @example
 * ```ts
 * import type { CaseWorker } from "@tipx/schema";
 * const worker: CaseWorker = { staffId: "MSDHS-TAK-017", organization: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21" };
 * ```
 */
export const CaseWorker = z.strictObject({
  /** Id of the Person entity of the case worker, when the bundle holds one. */
  person: field(EntityId.exactOptional(), {
    id: "CaseWorker.person",
    since: "1.1",
    label: "Case worker",
    description: "Id of the Person entity of the case worker, when the bundle holds one.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** The case worker's staff id in their organisation. */
  staffId: field(z.string().min(1).exactOptional(), {
    id: "CaseWorker.staffId",
    since: "1.1",
    label: "Staff id",
    description: "The case worker's staff id in their organisation.",
    sensitivity: "direct-identifier",
  }),
  /** Id of the Organization the case worker works for. */
  organization: field(EntityId.exactOptional(), {
    id: "CaseWorker.organization",
    since: "1.1",
    label: "Organisation",
    description: "Id of the Organization the case worker works for.",
    sensitivity: "none",
    references: ["Organization"],
  }),
});
/** A case worker, by person or staff id, with their organisation. */
export type CaseWorker = z.infer<typeof CaseWorker>;
