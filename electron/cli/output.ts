/**
 * Where the CLI writes: with --json, stdout carries exactly one JSON document and every human message
 * goes to stderr, so `channeldesk … --json | jq` always parses.
 */
export interface Output {
  json: boolean;
  /** The command's answer: JSON on stdout with --json, else the human text on stdout. */
  result(value: unknown, human: () => string): void;
  /** A message for people: stderr, never mixed into machine output. */
  note(message: string): void;
}

export function createOutput(json: boolean): Output {
  return {
    json,
    result(value, human) {
      process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${human()}\n`);
    },
    note(message) {
      process.stderr.write(`${message}\n`);
    },
  };
}

/** Terminal columns a string takes: CJK and full-width characters take two, so Chinese names line up. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A plain aligned text table; columns whose header starts with '>' are right-aligned (numbers). */
export function formatTable(headers: string[], rows: string[][]): string {
  const right = headers.map((h) => h.startsWith('>'));
  const titles = headers.map((h) => h.replace(/^>/, ''));
  const widths = titles.map((t, c) =>
    Math.max(displayWidth(t), ...rows.map((r) => displayWidth(r[c] ?? ''))),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - displayWidth(cell));
        return right[c] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(titles), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
