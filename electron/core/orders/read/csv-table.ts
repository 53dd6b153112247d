import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { searchHeader, isBlankRow } from './header-search';
import { iconvEncoding, looksBinary, SNIFF_BYTES, sniffEncoding, type TextEncoding } from './sniff-encoding';
import { TableReadError, type OpenTableOptions, type TableRow, type TableSource } from './types';

type Delimiter = ',' | '\t' | ';';

/**
 * The longest record (in characters) a file may hold. csv-parse buffers a field until it ends, so a 10 MB cell
 * or a quote that never closes would otherwise grow without bound; real order rows are a few KB.
 */
export const MAX_RECORD_CHARS = 1_000_000;

/** The widest row a file may have: real exports have under 200 columns; 100,000 would stall every row check. */
export const MAX_COLUMNS = 5_000;

interface CsvStream {
  rows: AsyncIterator<TableRow>;
  bytesRead(): number;
  destroy(): void;
}

/** File → iconv decoder → csv-parse, with backpressure all the way, so memory stays flat on any file size. */
function streamCsv(file: string, encoding: TextEncoding, delimiter: Delimiter): CsvStream {
  const input = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  const decoder = iconv.decodeStream(iconvEncoding[encoding]);
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  // Errors of any stage end up on the parser (pipeline destroys it with them), where the iterator throws.
  pipeline(input, decoder, parser, () => undefined);
  let lastRow = 0;
  async function* rows(): AsyncGenerator<TableRow> {
    try {
      // Empty lines are records too (skip_empty_lines is off), so counting records gives the file's row numbers
      // without csv-parse's per-record info objects.
      for await (const record of parser as AsyncIterable<string[]>) {
        lastRow++;
        if (record.length > MAX_COLUMNS) throw new TableReadError('fileTooManyColumns', lastRow);
        yield { row: lastRow, cells: record };
      }
    } catch (error) {
      throw readError(error, lastRow + 1);
    }
  }
  return {
    rows: rows(),
    bytesRead: () => input.bytesRead,
    destroy: () => {
      parser.destroy();
      input.destroy();
    },
  };
}

function readError(error: unknown, row: number): TableReadError {
  if (error instanceof TableReadError) return error;
  const at = error instanceof CsvError && typeof error.records === 'number' ? error.records + 1 : row;
  const code = error instanceof CsvError ? error.code : '';
  if (code === 'CSV_MAX_RECORD_SIZE') return new TableReadError('fileRowTooLong', at);
  if (code === 'CSV_QUOTE_NOT_CLOSED') return new TableReadError('fileQuoteUnclosed', at);
  return new TableReadError('fileUnreadable', at);
}

/** Delimiters in the order to try: the one used most on the first non-blank lines first. */
function delimiterOrder(sample: string, ext: string): Delimiter[] {
  const lines = sample
    .split(/\r\n|\n|\r/, 40)
    .filter((line) => line.replace(/[,;\t\s"]/g, '') !== '')
    .slice(0, 5);
  const candidates: Delimiter[] = ext === '.tsv' || ext === '.txt' ? ['\t', ',', ';'] : [',', '\t', ';'];
  const count = (d: Delimiter) => lines.reduce((n, line) => n + line.split(d).length - 1, 0);
  const counts = new Map(candidates.map((d) => [d, count(d)]));
  return [...candidates].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A csv/tsv/txt table: sniffs the encoding, then tries each delimiter until `findHeader` accepts a row. */
export async function openCsvTable(
  file: string,
  size: number,
  options: OpenTableOptions,
): Promise<TableSource> {
  const head = await readHead(file, Math.min(size, SNIFF_BYTES));
  const encoding = sniffEncoding(head, head.length >= size);
  if (looksBinary(head, encoding)) throw new TableReadError('fileBinary');
  const sampleText = iconv.decode(head, iconvEncoding[encoding]);
  // Only line breaks and separators (eBay's all-comma lines, a lone BOM): nothing to read under any delimiter.
  if (head.length >= size && sampleText.replace(/[,;\t\s"\uFEFF]/g, '') === '')
    throw new TableReadError('fileEmpty');
  let failure: TableReadError | null = null;
  let sawText = false;
  for (const delimiter of delimiterOrder(sampleText, path.extname(file).toLowerCase())) {
    const stream = streamCsv(file, encoding, delimiter);
    try {
      const search = await searchHeader(stream.rows, options);
      if (search.found)
        return csvSource(file, size, encoding, delimiter, stream, search.header.row, search.headers);
      if (search.reason === 'headerNotFound') sawText = true;
    } catch (error) {
      if (!(error instanceof TableReadError)) throw error;
      failure ??= error;
    }
    stream.destroy();
  }
  if (failure) throw failure;
  throw new TableReadError(sawText ? 'headerNotFound' : 'fileEmpty');
}

function csvSource(
  file: string,
  size: number,
  encoding: TextEncoding,
  delimiter: Delimiter,
  stream: CsvStream,
  headerRow: number,
  headers: string[],
): TableSource {
  let started = false;
  return {
    file,
    kind: 'csv',
    encoding,
    delimiter,
    headerRow,
    headers,
    rows: () => {
      // One pass over one stream: the header search already consumed the rows before this point.
      if (started) throw new Error('TableSource.rows() can be read only once');
      started = true;
      return dataRows(stream);
    },
    bytesRead: () => Math.min(stream.bytesRead(), size),
    bytesTotal: size,
    close: async () => stream.destroy(),
  };
}

async function* dataRows(stream: CsvStream): AsyncGenerator<TableRow> {
  try {
    for (;;) {
      const next = await stream.rows.next();
      if (next.done) return;
      if (!isBlankRow(next.value.cells)) yield next.value;
    }
  } finally {
    // A reader that stops early (break, an error in the format) must not leave the file open.
    stream.destroy();
  }
}
