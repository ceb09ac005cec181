export {
  type GroupByColumn,
  MAX_PRIVATE_COUNT_CELLS,
  type PrivateCountCell,
  type PrivateCountsOptions,
  type PrivateCountTable,
  privateCounts,
} from "./private-counts";
export { privateCountsText } from "./text";
