export { decodeText } from "./decode-text";
export type { TextDecoding, TextEncodingName } from "./encodings";
export { TEXT_ENCODINGS } from "./encodings";
export type { TextSource } from "./source";
