import fs from 'node:fs';
import zlib from 'node:zlib';
import { TableReadError } from './types';

/**
 * Limits an xlsx must stay within before exceljs' streaming reader sees it. exceljs inflates every zip entry
 * as it comes: a sheet that inflates to gigabytes (a "zip bomb" of a few KB) would keep it parsing for
 * minutes or write the whole sheet to a temp file, and it holds all shared strings in memory.
 * Real exports compress 5–30×; 200× is far above any real sheet and far below any bomb.
 */
export const XLSX_LIMITS = {
  /** Inflated bytes of all entries together. */
  totalBytes: 2 * 1024 ** 3,
  /** Inflated bytes of xl/sharedStrings.xml, which exceljs keeps in memory whole. */
  sharedStringsBytes: 200 * 1024 ** 2,
  /** An entry may inflate up to this much whatever its ratio… */
  freeBytes: 50 * 1024 ** 2,
  /** …and beyond that only up to this many times its compressed size. */
  maxRatio: 200,
  entries: 10_000,
} as const;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  headerOffset: number;
}

/** The central directory at the end of the zip: names, methods, sizes and where each entry starts. */
async function centralDirectory(handle: fs.promises.FileHandle, size: number): Promise<Entry[]> {
  const tailSize = Math.min(size, 22 + 65_535);
  const tail = Buffer.alloc(tailSize);
  await handle.read(tail, 0, tailSize, size - tailSize);
  let at = -1;
  for (let i = tailSize - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  // No end record: the file was cut short (or is no zip at all).
  if (at < 0) throw new TableReadError('xlsxDamaged');
  const count = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  // ZIP64 markers: an xlsx that needs them is beyond every limit above anyway.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new TableReadError('xlsxTooLarge');
  if (count > XLSX_LIMITS.entries) throw new TableReadError('xlsxTooLarge');
  if (cdOffset + cdSize > size) throw new TableReadError('xlsxDamaged');
  const cd = Buffer.alloc(cdSize);
  await handle.read(cd, 0, cdSize, cdOffset);
  const entries: Entry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new TableReadError('xlsxDamaged');
    const nameLength = cd.readUInt16LE(p + 28);
    const entry: Entry = {
      method: cd.readUInt16LE(p + 10),
      compressed: cd.readUInt32LE(p + 20),
      headerOffset: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
    };
    if (entry.compressed === 0xffffffff || entry.headerOffset === 0xffffffff)
      throw new TableReadError('xlsxTooLarge');
    entries.push(entry);
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return entries;
}

/** Inflates one entry without keeping it, counting bytes; stops as soon as `limit` is passed. */
async function inflatedSize(file: string, start: number, entry: Entry, limit: number): Promise<number> {
  if (entry.compressed === 0) return 0;
  const input = fs.createReadStream(file, { start, end: start + entry.compressed - 1 });
  if (entry.method === 0) {
    input.destroy();
    return entry.compressed;
  }
  if (entry.method !== 8) throw new TableReadError('xlsxDamaged');
  const inflate = zlib.createInflateRaw();
  input.pipe(inflate);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw new TableReadError('xlsxTooLarge');
    }
  } catch (error) {
    if (error instanceof TableReadError) throw error;
    throw new TableReadError('xlsxDamaged');
  } finally {
    input.destroy();
    inflate.destroy();
  }
  return total;
}

/**
 * Refuses an xlsx that is damaged (cut short, not a zip), is a zip of something else (no workbook and sheet),
 * or inflates beyond XLSX_LIMITS — by really inflating each entry and counting, since the sizes a zip
 * declares can lie. Costs one extra inflate pass, a small part of what exceljs then spends parsing XML.
 */
export async function checkXlsxArchive(file: string, size: number): Promise<void> {
  if (size < 22) throw new TableReadError('xlsxDamaged');
  const handle = await fs.promises.open(file, 'r');
  try {
    const entries = await centralDirectory(handle, size);
    const names = new Set(entries.map((e) => e.name));
    if (!names.has('xl/workbook.xml') || !entries.some((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)))
      throw new TableReadError('xlsxNotWorkbook');
    let total = 0;
    const local = Buffer.alloc(30);
    for (const entry of entries) {
      const { bytesRead } = await handle.read(local, 0, 30, entry.headerOffset);
      if (bytesRead < 30 || local.readUInt32LE(0) !== LOCAL) throw new TableReadError('xlsxDamaged');
      const start = entry.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (start + entry.compressed > size) throw new TableReadError('xlsxDamaged');
      const own =
        entry.name === 'xl/sharedStrings.xml'
          ? XLSX_LIMITS.sharedStringsBytes
          : Math.max(XLSX_LIMITS.freeBytes, entry.compressed * XLSX_LIMITS.maxRatio);
      total += await inflatedSize(file, start, entry, Math.min(own, XLSX_LIMITS.totalBytes - total));
    }
  } finally {
    await handle.close();
  }
}
