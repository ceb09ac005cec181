export { HXL_TAGS } from "./hxl-tags";
export { withHxlRow } from "./with-hxl-row";
