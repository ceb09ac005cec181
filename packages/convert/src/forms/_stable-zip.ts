/** The DOS date of 1980-01-01, the earliest a zip entry can hold; the DOS time is 00:00:00. */
const DOS_DATE = (1 << 5) | 1;

/**
 * Sets the modification time of every entry of a zip archive to 1980-01-01 00:00, in place. exceljs
 * zips a workbook with JSZip, which stamps each entry with the time of writing; with the stamps fixed,
 * the same workbook gives the same bytes on every run (the stamps are outside the entries' CRC).
 *
 * @returns The same bytes, or them unchanged when they are not a zip archive this can read.
 */
export function _stableZip(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return bytes;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < entries && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) return bytes;
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= bytes.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, DOS_DATE, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
