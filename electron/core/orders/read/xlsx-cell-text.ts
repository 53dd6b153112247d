import type ExcelJS from 'exceljs';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Excel dates carry no zone: exceljs hands them over as a Date whose UTC fields are the wall-clock time the
 * sheet shows, so the UTC fields are printed as-is and the format reads them in the storefront's zone.
 * Serial fractions can land a hair before the second (10:00:00 as 09:59:59.9995): round to the second first.
 */
export function wallClockText(date: Date): string {
  const d = new Date(Math.round(date.getTime() / 1000) * 1000);
  if (Number.isNaN(d.getTime())) return '';
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/**
 * A number as the sheet shows it, without binary float noise: 12.5 → "12.5", 0.1 + 0.2 → "0.3" (Excel itself
 * keeps 15 significant digits). Integers up to 2^53 are exact. A number beyond 2^53 cannot be an exact id any
 * more (Excel already rounded it when the cell was typed): it is kept as String(value) and the format decides;
 * sellers who need long ids keep them as text cells, which arrive untouched.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** Any exceljs cell value as text: rich text joined, formulas as their cached result, errors as ''. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return wallClockText(value);
  if (typeof value !== 'object') return String(value);
  if ('error' in value) return '';
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((part) => part.text).join('');
  // Formulas (and shared formulas) carry their last computed value; a formula never computed reads as ''.
  if ('formula' in value || 'sharedFormula' in value)
    return 'result' in value ? cellText(value.result as ExcelJS.CellValue) : '';
  if ('text' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** exceljs row values are 1-based and sparse; cells between are ''. */
export function rowCells(values: ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>): string[] {
  if (!Array.isArray(values)) return [];
  const cells: string[] = [];
  for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
  return cells;
}
