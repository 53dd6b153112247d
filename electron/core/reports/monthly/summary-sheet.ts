import type ExcelJS from 'exceljs';
import type { KpiFigures, KpiReport } from '../../../../shared/domain/kpis';
import {
  DATETIME_FORMAT,
  INTEGER_FORMAT,
  majorUnits,
  moneyFormat,
  PERCENT_FORMAT,
  TEXT_FORMAT,
  wallClockDate,
} from '../xlsx-writer/columns';
import { addSheetImages } from '../xlsx-writer/sheet-images';
import { HEADER_FILL, PRINT_SETUP, type WorkbookWriter } from '../xlsx-writer/table-sheet';
import { CHART_HEIGHT, CHART_WIDTH, storefrontChart, trendChart } from './charts';
import { changeBp, reportFigures, type FigureKind } from './figures';
import type { MonthlyReportData } from './report-data';
import { fill, type ReportTexts } from './texts';

const DASH = '—';
const GROUP_RULE: Partial<ExcelJS.Borders> = { top: { style: 'thin', color: { argb: 'FF999999' } } };

/** Rows 1–8: what this report is; the KPI table's header is row TABLE_HEADER_ROW. */
const TABLE_HEADER_ROW = 10;
/** Charts sit right of the seven table columns and a spacer, below the frozen rows so they scroll as one. */
const CHART_COL = 8;

interface Scope {
  name: string;
  current: KpiFigures;
  previous: KpiFigures | undefined;
  lastYear: KpiFigures | undefined;
}

const byId = (report: KpiReport, id: string): KpiFigures | undefined =>
  report.storefronts.find((s) => s.storefrontId === id);

/** The total first, then every storefront of the month by name. */
function scopes(data: MonthlyReportData, t: ReportTexts): Scope[] {
  return [
    {
      name: t.total,
      current: data.current.total,
      previous: data.previous.total,
      lastYear: data.lastYear.total,
    },
    ...data.current.storefronts.map((s) => ({
      name: s.name,
      current: s as KpiFigures,
      previous: byId(data.previous, s.storefrontId),
      lastYear: byId(data.lastYear, s.storefrontId),
    })),
  ];
}

function figureCell(cell: ExcelJS.Cell, value: number | null, kind: FigureKind, currency: string): void {
  if (value === null) {
    cell.value = DASH;
    cell.alignment = { horizontal: 'right' };
  } else if (kind === 'money') {
    cell.value = majorUnits(value, currency);
    cell.numFmt = moneyFormat(currency);
  } else if (kind === 'percent') {
    cell.value = value / 10_000;
    cell.numFmt = PERCENT_FORMAT;
  } else {
    cell.value = value;
    cell.numFmt = INTEGER_FORMAT;
  }
}

function changeCell(cell: ExcelJS.Cell, bp: number | null): void {
  figureCell(cell, bp, 'percent', '');
  if (bp !== null && bp < 0) cell.font = { color: { argb: 'FFC92A2A' } };
}

function infoRows(ws: ExcelJS.Worksheet, data: MonthlyReportData, t: ReportTexts): void {
  const currency = data.current.baseCurrency;
  const title = ws.addRow([fill(t.title, { month: data.month })]);
  title.font = { bold: true, size: 14 };
  title.commit();
  const rows: [string, string | Date][] = [
    [t.shop, data.shopName],
    [t.period, `${data.period.from} – ${data.period.to}`],
    [t.currency, fill(t.currencyNote, { currency })],
    [t.timeZone, data.timezone],
    [t.generatedAt, wallClockDate(data.generatedAt) ?? data.generatedAt],
    [t.comparedWith, fill(t.comparedText, { previous: data.previousMonth, lastYear: data.lastYearMonth })],
    ['', t.figuresNote],
  ];
  for (const [label, value] of rows) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(2);
    // The shop name is the owner's own text: a string cell in text format, like every imported text.
    cell.numFmt = value instanceof Date ? DATETIME_FORMAT : TEXT_FORMAT;
    if (value instanceof Date) cell.alignment = { horizontal: 'left' };
    row.commit();
  }
  ws.addRow([]).commit();
}

/**
 * The Summary sheet: what the report covers, then one row per storefront (total first) and figure with this
 * month, the previous month, MoM, the same month last year and YoY; the two charts sit right of the table.
 */
export function writeSummarySheet(wb: WorkbookWriter, data: MonthlyReportData, t: ReportTexts): void {
  const currency = data.current.baseCurrency;
  const ws = wb.addWorksheet(t.sheets.summary, {
    views: [{ state: 'frozen', ySplit: TABLE_HEADER_ROW }],
    pageSetup: PRINT_SETUP,
  });
  ws.columns = [24, 20, 17, 17, 11, 22, 11].map((width) => ({ width }));
  infoRows(ws, data, t);

  const header = ws.addRow(t.summaryHeaders);
  header.font = { bold: true };
  header.eachCell((cell, col) => {
    cell.fill = HEADER_FILL;
    if (col > 2) cell.alignment = { horizontal: 'right' };
  });
  header.commit();

  let rows = 0;
  for (const scope of scopes(data, t)) {
    for (const [i, f] of reportFigures.entries()) {
      const now = scope.current[f.key];
      const before = scope.previous ? scope.previous[f.key] : f.kind === 'percent' ? null : 0;
      const yearAgo = scope.lastYear ? scope.lastYear[f.key] : f.kind === 'percent' ? null : 0;
      const row = ws.addRow([scope.name, t.figures[f.label]]);
      row.getCell(1).numFmt = TEXT_FORMAT;
      if (scope.name === t.total) row.getCell(1).font = { bold: true };
      figureCell(row.getCell(3), now, f.kind, currency);
      figureCell(row.getCell(4), before, f.kind, currency);
      changeCell(row.getCell(5), changeBp(now, before));
      figureCell(row.getCell(6), yearAgo, f.kind, currency);
      changeCell(row.getCell(7), changeBp(now, yearAgo));
      // A rule above each storefront's first figure: the eye finds where one storefront ends.
      if (i === 0) {
        for (let c = 1; c <= t.summaryHeaders.length; c++) row.getCell(c).border = GROUP_RULE;
      }
      row.commit();
      rows++;
    }
  }
  ws.autoFilter = {
    from: { row: TABLE_HEADER_ROW, column: 1 },
    to: { row: TABLE_HEADER_ROW + rows, column: t.summaryHeaders.length },
  };

  const legend = { netSales: t.figures.netSales, grossProfit: t.figures.grossProfit };
  const chartRows = Math.ceil(CHART_HEIGHT / 20) + 2;
  addSheetImages(wb, ws, [
    {
      png: trendChart(data.daily, currency, { title: fill(t.chartTrend, { currency }), ...legend }),
      col: CHART_COL,
      row: TABLE_HEADER_ROW,
      widthPx: CHART_WIDTH,
      heightPx: CHART_HEIGHT,
      description: fill(t.chartTrend, { currency }),
    },
    {
      png: storefrontChart(data.current.storefronts, currency, {
        title: fill(t.chartStorefronts, { currency }),
        ...legend,
      }),
      col: CHART_COL,
      row: TABLE_HEADER_ROW + chartRows,
      widthPx: CHART_WIDTH,
      heightPx: CHART_HEIGHT,
      description: fill(t.chartStorefronts, { currency }),
    },
  ]);
  ws.commit();
}
