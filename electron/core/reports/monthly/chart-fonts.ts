import fs from 'node:fs';

/**
 * Which fonts the chart PNGs use. resvg takes only the first family a text names (an unknown one falls to the
 * default font, a serif on Linux), and it reads a font file again for every text element: a 20 MB CJK
 * collection made each axis label cost ~50 ms, a chart 2 s. So we look for one Latin and one Chinese font file
 * where Linux, Windows and macOS keep them, load just those two, and give each text the family it needs:
 * the Chinese one only for text with Chinese characters. A computer with neither falls back to all system fonts.
 */
interface Candidate {
  family: string;
  files: string[];
}

const CJK: Candidate[] = [
  {
    family: 'Noto Sans CJK SC',
    files: [
      '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
      '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
      '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
      '/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc',
    ],
  },
  { family: 'Microsoft YaHei', files: ['C:\\Windows\\Fonts\\msyh.ttc'] },
  { family: 'PingFang SC', files: ['/System/Library/Fonts/PingFang.ttc'] },
  { family: 'WenQuanYi Zen Hei', files: ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'] },
];

const LATIN: Candidate[] = [
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] },
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'] },
  {
    family: 'Arial',
    files: ['C:\\Windows\\Fonts\\arial.ttf', '/System/Library/Fonts/Supplemental/Arial.ttf'],
  },
  { family: 'Helvetica', files: ['/System/Library/Fonts/Helvetica.ttc'] },
];

function find(candidates: Candidate[]): { family: string; file: string } | null {
  for (const c of candidates) {
    const file = c.files.find((f) => fs.existsSync(f));
    if (file) return { family: c.family, file };
  }
  return null;
}

export interface ChartFonts {
  /** Family for text with Chinese characters. */
  cjk: string;
  /** Family for everything else (numbers, dates, Latin names). */
  latin: string;
  resvg: { loadSystemFonts: boolean; fontFiles: string[]; defaultFontFamily: string };
}

let found: ChartFonts | undefined;

export function chartFonts(): ChartFonts {
  if (found) return found;
  const cjk = find(CJK);
  const latin = find(LATIN);
  if (cjk) {
    const files = latin ? [latin.file, cjk.file] : [cjk.file];
    const latinFamily = latin?.family ?? cjk.family;
    found = {
      cjk: cjk.family,
      latin: latinFamily,
      resvg: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: latinFamily },
    };
  } else {
    // Fonts elsewhere (another distribution's folders): let resvg find what the system has.
    const family = latin?.family ?? 'Arial';
    found = {
      cjk: 'Noto Sans CJK SC',
      latin: family,
      resvg: { loadSystemFonts: true, fontFiles: [], defaultFontFamily: family },
    };
  }
  return found;
}

const HAS_CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The family for texts like these: the Chinese one as soon as any of them has a Chinese character. */
export const fontFor = (...texts: string[]): string =>
  texts.some((t) => HAS_CJK.test(t)) ? chartFonts().cjk : chartFonts().latin;
