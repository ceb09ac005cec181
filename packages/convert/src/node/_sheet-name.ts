/** The parts of exceljs's streaming workbook reader that name its worksheets (its typings omit them). */
interface ReaderModel {
  readonly model?: { readonly sheets?: readonly { readonly name?: string; readonly rId?: string }[] };
  readonly workbookRels?: readonly { readonly Id?: string; readonly Target?: string }[];
}

/**
 * The name and place (1 is first) of a worksheet the streaming reader gives as `sheet<id>.xml`, read
 * from the workbook part and its relationships; `Sheet<id>` and the order of arrival when the
 * workbook part comes after the worksheets in the zip.
 */
export function _sheetName(reader: unknown, id: unknown, arrival: number): { name: string; place: number } {
  const { model, workbookRels } = (reader ?? {}) as ReaderModel;
  const rel = workbookRels?.find((r) => r.Target?.replace(/^\/?xl\//, "") === `worksheets/sheet${String(id)}.xml`);
  const sheets = model?.sheets ?? [];
  const place = sheets.findIndex((s) => rel !== undefined && s.rId === rel.Id);
  const name = sheets[place]?.name;
  return name === undefined ? { name: `Sheet${String(id)}`, place: arrival } : { name, place: place + 1 };
}
