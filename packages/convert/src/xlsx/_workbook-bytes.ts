import type { UnreadableFileReason } from "@tipx/schema";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04] as const;
const ZIP_END = [0x50, 0x4b, 0x05, 0x06] as const;

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((byte, i) => bytes[at + i] === byte);

/** Whether an OLE compound file holds an encrypted Office package (its stream names are UTF-16LE). */
function hasEncryptionStream(bytes: Uint8Array): boolean {
  const name = [..."EncryptedPackage"].flatMap((char) => [char.charCodeAt(0), 0]);
  const first = name[0] ?? 0;
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, name, i)) return true;
  }
  return false;
}

/** Whether the last bytes of a zip hold its end-of-central-directory record (a cut zip has none). */
export function _hasZipEnd(tail: Uint8Array): boolean {
  for (let i = tail.length - 22; i >= 0; i -= 1) if (startsWith(tail, ZIP_END, i)) return true;
  return false;
}

/** How many bytes at the end of a zip hold its end record: 22, plus a comment of up to 64 KiB. */
export const _ZIP_TAIL_BYTES = 22 + 0xffff;

/**
 * Why the first bytes of a file (`head`) and its last (`tail`) are not an .xlsx workbook, or
 * `undefined` when they look like one. A password-protected workbook is an OLE compound file holding an
 * `EncryptedPackage` stream; an OLE file without one is a legacy .xls.
 */
export function _workbookProblem(
  head: Uint8Array,
  tail: Uint8Array,
  all?: Uint8Array,
): UnreadableFileReason | undefined {
  if (head.length === 0) return "empty";
  if (startsWith(head, OLE)) return hasEncryptionStream(all ?? head) ? "encrypted" : "not-a-workbook";
  if (!startsWith(head, ZIP_LOCAL)) return "not-a-workbook";
  return _hasZipEnd(tail) ? undefined : "truncated";
}
