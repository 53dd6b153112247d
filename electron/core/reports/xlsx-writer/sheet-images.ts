import type ExcelJS from 'exceljs';
import type { WorkbookWriter } from './table-sheet';

/**
 * Pictures on a sheet of exceljs' streaming WorkbookWriter. exceljs 4.4 streams rows but its WorksheetWriter
 * has no addImage (only a background picture), and the in-memory Workbook that has one would hold the whole
 * Orders sheet in memory. A picture is three small parts, so we add them ourselves, the way Excel writes them:
 * the PNG in xl/media (the writer's own addImage), xl/drawings/drawingN.xml anchoring each picture at a cell
 * with its size, that drawing's relationships, a `<drawing r:id>` element in the sheet (just before
 * legacyDrawing, where the schema puts it) and an Override in [Content_Types].xml.
 *
 * This reaches into three private members of exceljs 4.4 (`zip`, `_sheetRelsWriter`, `_writeLegacyData`):
 * tests/integration/xlsx-writer.test.ts reads the pictures back with exceljs, so an exceljs upgrade that moves
 * them fails there, not silently in a report.
 */

export interface SheetImage {
  png: Buffer;
  /** Top-left cell, 0-based. */
  col: number;
  row: number;
  widthPx: number;
  heightPx: number;
  /** Alt text for screen readers. */
  description: string;
}

interface ZipLike {
  append(source: unknown, data: { name: string }): unknown;
}

interface WorkbookInternals {
  zip: ZipLike;
  media: { name: string }[];
}

interface SheetInternals {
  id: number;
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
  _writeLegacyData(): void;
  _write(text: string): void;
}

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Drawings use EMUs: 914,400 per inch, 96 px per inch. */
const emu = (px: number): number => Math.round(px * 9525);

const escapeXml = (text: string): string =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

function anchorXml(image: SheetImage, index: number): string {
  const cx = emu(image.widthPx);
  const cy = emu(image.heightPx);
  return (
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${image.col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${image.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${escapeXml(image.description)}"/>` +
    `<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId${index + 1}"/>` +
    `<a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
  );
}

const contentTypeHooks = new WeakSet<object>();

/**
 * Places `images` on `worksheet`; call before the sheet is committed. Each sheet gets one drawing part named
 * after the sheet's id.
 */
export function addSheetImages(wb: WorkbookWriter, worksheet: ExcelJS.Worksheet, images: SheetImage[]): void {
  if (!images.length) return;
  const book = wb as unknown as WorkbookInternals;
  const sheet = worksheet as unknown as SheetInternals;
  const name = `drawing${sheet.id}`;
  const media = images.map((img) => book.media[wb.addImage({ buffer: img.png as never, extension: 'png' })]!);

  const ns =
    'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  book.zip.append(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${ns}>${images.map(anchorXml).join('')}</xdr:wsDr>`,
    { name: `xl/drawings/${name}.xml` },
  );
  const rels = media
    .map((m, i) => `<Relationship Id="rId${i + 1}" Type="${REL_IMAGE}" Target="../media/${m.name}"/>`)
    .join('');
  book.zip.append(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    { name: `xl/drawings/_rels/${name}.xml.rels` },
  );

  const writeLegacy = sheet._writeLegacyData.bind(sheet);
  sheet._writeLegacyData = () => {
    const rId = sheet._sheetRelsWriter.addRelationship({
      Target: `../drawings/${name}.xml`,
      Type: REL_DRAWING,
    });
    sheet._write(`<drawing r:id="${rId}"/>`);
    writeLegacy();
  };

  const overrides: string[] = ((book as unknown as { drawingOverrides?: string[] }).drawingOverrides ??= []);
  overrides.push(`<Override PartName="/xl/drawings/${name}.xml" ContentType="${DRAWING_TYPE}"/>`);
  if (!contentTypeHooks.has(book.zip)) {
    contentTypeHooks.add(book.zip);
    const append = book.zip.append.bind(book.zip);
    book.zip.append = (source, data) =>
      append(
        data.name === '[Content_Types].xml' && typeof source === 'string'
          ? source.replace('</Types>', `${overrides.join('')}</Types>`)
          : source,
        data,
      );
  }
}
