export { type NdjsonReadOptions, type NdjsonRecord, streamNdjson } from "./stream-ndjson";
export { ndjsonLines, toNdjson } from "./to-ndjson";
