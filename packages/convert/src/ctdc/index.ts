export type { FromCtdcOptions } from "./from-ctdc-rows";
export { fromCtdcRows } from "./from-ctdc-rows";
export type { M49Area } from "./m49";
export { m49Area, unRegionOf } from "./m49";
export type { ToCtdcOptions } from "./to-ctdc-rows";
export { CTDC_QUASI_IDENTIFIERS, toCtdcRows } from "./to-ctdc-rows";
export type { ToCtdcVictimPerpetratorOptions } from "./to-ctdc-vp-rows";
export { CTDC_VP_QUASI_IDENTIFIERS, toCtdcVictimPerpetratorRows } from "./to-ctdc-vp-rows";
