/**
 * Which text encoding a seller's file is in, from its first bytes. Shared by the streaming order reader and the
 * catalog's in-memory reader so both agree on every file: a BOM decides; without one, NULs in every other byte
 * mean UTF-16 ("Unicode text" saves from Excel); valid UTF-8 over the sample is UTF-8; anything else is GB18030,
 * a superset of GBK, which Taobao and older JD exports use.
 */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'gb18030' | 'utf16le' | 'utf16be';

/** How much of a file is sniffed: large enough that a few Chinese cells deep in the first rows are seen. */
export const SNIFF_BYTES = 256 * 1024;

/** iconv-lite's name for each encoding; its decoders drop a leading BOM themselves. */
export const iconvEncoding: Record<TextEncoding, string> = {
  utf8: 'utf8',
  'utf8-bom': 'utf8',
  gb18030: 'gb18030',
  utf16le: 'utf16le',
  utf16be: 'utf16be',
};

/**
 * `sample` is the start of the file; `complete` says it is the whole file. A sample that stops inside a
 * multi-byte UTF-8 character is cut back to the character boundary first, so a cut cannot look like GBK.
 */
export function sniffEncoding(sample: Buffer, complete: boolean): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf16be';
  const head = sample.subarray(0, 512);
  let oddNuls = 0;
  let evenNuls = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 1) oddNuls++;
    else evenNuls++;
  }
  // ASCII text in UTF-16 has a NUL in every other byte; a quarter is a generous floor for CJK-heavy text.
  if (head.length > 3 && oddNuls > head.length / 4 && evenNuls < oddNuls / 4) return 'utf16le';
  if (head.length > 3 && evenNuls > head.length / 4 && oddNuls < evenNuls / 4) return 'utf16be';
  // Chinese-only UTF-16 without a BOM has few NULs (only its line breaks, digits and commas), but all on one
  // side; UTF-8 and GBK text has none, and binary has them on both sides.
  if (head.length >= 16 && head.length % 2 === 0) {
    if (oddNuls >= 2 && evenNuls === 0 && plausibleUtf16(head, false)) return 'utf16le';
    if (evenNuls >= 2 && oddNuls === 0 && plausibleUtf16(head, true)) return 'utf16be';
  }
  const body = complete ? sample : sample.subarray(0, utf8Boundary(sample));
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

/** Text as UTF-16 would be: surrogates paired, no control characters but tab and line breaks, no U+FFFE/FFFF. */
function plausibleUtf16(sample: Buffer, bigEndian: boolean): boolean {
  let expectLow = false;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const unit = bigEndian ? sample.readUInt16BE(i) : sample.readUInt16LE(i);
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    if (expectLow !== low) return false;
    expectLow = unit >= 0xd800 && unit <= 0xdbff;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return false;
    if (unit === 0xfffe || unit === 0xffff) return false;
  }
  return true;
}

/** The length of `buf` without a trailing incomplete UTF-8 sequence (at most 3 bytes are dropped). */
export function utf8Boundary(buf: Buffer): number {
  let i = buf.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (buf[i]! & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return buf.length;
  const lead = buf[i]!;
  const needed = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
  return needed > continuation ? i : buf.length;
}

/**
 * True when a sample is not text at all: a zip (an xlsx saved as .csv), an old .xls, or NUL bytes in a file
 * that is not UTF-16. Reported as "unreadable" instead of failing later as "no header".
 */
export function looksBinary(sample: Buffer, encoding: TextEncoding): boolean {
  if (sample.length >= 4 && sample.readUInt32BE(0) === 0x504b0304) return true;
  if (sample.length >= 4 && sample.readUInt32BE(0) === 0xd0cf11e0) return true;
  if (encoding === 'utf16le' || encoding === 'utf16be') return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length / 100;
}
