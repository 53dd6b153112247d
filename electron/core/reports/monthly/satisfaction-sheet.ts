import type { Sqlite } from '../../db/connection';
import type { SurveyFigures } from '../../../../shared/domain/survey-views';
import type { TicketType } from '../../../../shared/domain/tickets';
import { stmt } from '../../pricing/raw-context';
import { tallies, type Grouping } from '../../surveys/results-queries';
import { figuresOf } from '../../surveys/results';
import type { TableColumn } from '../xlsx-writer/columns';
import { writeTableSheet, type WorkbookWriter } from '../xlsx-writer/table-sheet';
import type { MonthlyReportData } from './report-data';
import { serviceTexts } from './service-texts';

interface Row {
  group: string;
  name: string;
  figures: SurveyFigures;
  total: boolean;
}

const score = (hundredths: number | null): number | null => (hundredths === null ? null : hundredths / 100);

/**
 * Satisfaction: the month's survey figures (METRICS.md CSAT, NPS, response_rate, dimension scores) in total,
 * then by storefront, by agent and by ticket type — the same tallies as the Surveys results page. A score with
 * no responses is "—", never 0.
 */
export async function writeSatisfactionSheet(
  wb: WorkbookWriter,
  sqlite: Sqlite,
  data: MonthlyReportData,
  sheet: string,
): Promise<void> {
  const t = serviceTexts(data.lang);
  const names = (sql: string) =>
    new Map((stmt(sqlite, sql).all() as { id: string; name: string }[]).map((r) => [r.id, r.name]));
  const storefronts = names('SELECT id, name FROM storefronts');
  const staff = names('SELECT id, name FROM staff');
  const nameOf: Record<Exclude<Grouping, 'total'>, (key: string | null) => string> = {
    storefront: (key) => (key ? (storefronts.get(key) ?? key) : t.unknownStorefront),
    agent: (key) => (key ? (staff.get(key) ?? key) : t.unassigned),
    ticketType: (key) => (key ? t.types[key as TicketType] : t.noTicket),
  };
  const rows: Row[] = [];
  const total = tallies(sqlite, 'total', data.period, data.timezone).get(null);
  if (total) {
    rows.push({ group: t.groups.total, name: '', figures: figuresOf(total), total: true });
    for (const grouping of ['storefront', 'agent', 'ticketType'] as const) {
      const groupRows = [...tallies(sqlite, grouping, data.period, data.timezone)].map(([key, tally]) => ({
        group: t.groups[grouping],
        name: nameOf[grouping](key),
        figures: figuresOf(tally),
        total: false,
      }));
      rows.push(...groupRows.sort((a, b) => a.name.localeCompare(b.name, data.lang)));
    }
  }
  const h = t.satisfaction;
  const columns: TableColumn<Row>[] = [
    { header: h.group, kind: 'text', width: 12, value: (r) => r.group },
    { header: h.name, kind: 'text', width: 20, value: (r) => r.name },
    { header: h.invitationsSent, kind: 'integer', value: (r) => r.figures.invitationsSent },
    { header: h.responses, kind: 'integer', value: (r) => r.figures.responses },
    { header: h.responseRate, kind: 'percent', blank: '—', value: (r) => r.figures.responseRateBp },
    { header: h.csat, kind: 'decimal', blank: '—', value: (r) => score(r.figures.csat) },
    { header: h.nps, kind: 'decimal', blank: '—', value: (r) => score(r.figures.nps) },
    { header: h.attitude, kind: 'decimal', blank: '—', value: (r) => score(r.figures.dimensions.attitude) },
    { header: h.speed, kind: 'decimal', blank: '—', value: (r) => score(r.figures.dimensions.speed) },
    {
      header: h.resolution,
      kind: 'decimal',
      blank: '—',
      value: (r) => score(r.figures.dimensions.resolution),
    },
    { header: h.lowScores, kind: 'integer', value: (r) => r.figures.lowScoreResponses },
  ];
  await writeTableSheet(wb, { sheet, columns }, rows, { emptyNote: t.noResponses, bold: (r) => r.total });
}
