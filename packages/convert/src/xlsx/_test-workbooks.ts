import { _loadExceljs } from "./_exceljs";

/** A workbook with every kind of cell value, for tests: synthetic data only. */
export async function _richWorkbook(): Promise<Uint8Array> {
  const workbook = new (await _loadExceljs()).Workbook();
  const notes = workbook.addWorksheet("Notes");
  notes.addRow(["about"]);
  notes.addRow(["synthetic"]);
  const sheet = workbook.addWorksheet("Cases");
  sheet.addRow(["field names"]);
  sheet.addRow(["name", "date", "amount", "flag", "formula", "link", "", "name"]);
  sheet.addRow([
    { richText: [{ text: "Somchai " }, { text: "Test", font: { bold: true } }] },
    new Date(Date.UTC(2024, 0, 15)),
    0.1 + 0.2,
    true,
    { formula: "1+1", result: 2 },
    { text: "site", hyperlink: "https://example.org" },
    "under no name",
    "second name",
  ]);
  sheet.addRow([]);
  sheet.addRow(["Malee Test", new Date(Date.UTC(2024, 1, 29, 13, 5, 0)), 66812345678, false, { error: "#N/A" }]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The first bytes of a password-protected workbook: an OLE compound file with an EncryptedPackage stream. */
export function _encryptedWorkbook(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = [..."EncryptedPackage"].flatMap((char) => [char.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}

/** A legacy .xls: an OLE compound file without encryption. */
export function _legacyWorkbook(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}
