import type { Sqlite } from '../db/connection';
import type { ImprovementSave } from '../../../shared/api/schemas/surveys';
import { notFound } from '../../../shared/api/result';
import type {
  ImprovementActionView,
  ImprovementStatus,
  ScoreWindow,
} from '../../../shared/domain/survey-views';
import type { RootCause } from '../../../shared/domain/tickets';
import { localDate } from '../../../shared/logic/dates';
import { csatScore, npsScore, pointsChange, toHundredths } from '../../../shared/logic/survey-scoring';
import { newSortableId } from '../../../shared/logic/ids';
import { stmt } from '../pricing/raw-context';
import { requireActiveStaff } from '../tickets/repo';
import { addDays, daysBetween, zonedDayStart } from './periods';
import { audit, shopZone } from './repo';
import { emptyTally, tallies } from './results-queries';

interface ActionRecord {
  id: string;
  title: string;
  owner_id: string | null;
  owner_name: string | null;
  start_date: string;
  end_date: string | null;
  root_cause: RootCause | null;
  status: ImprovementStatus;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

const select = `SELECT a.*, s.name AS owner_name FROM improvement_actions a LEFT JOIN staff s ON s.id = a.owner_id`;

/**
 * Before/after of an action (PRODUCT.md §8): "after" runs from its start to its end (or today), "before" is
 * the stretch of equal length just before the start; CSAT and NPS of the responses answered in each, and the
 * tickets created with its root cause in each — did the change move what customers say and what goes wrong?
 */
function view(sqlite: Sqlite, r: ActionRecord, today: string, zone: string): ImprovementActionView {
  const afterTo = r.end_date ?? (today < r.start_date ? r.start_date : today);
  const n = daysBetween(r.start_date, afterTo);
  const windows = {
    before: { from: addDays(r.start_date, -n), to: addDays(r.start_date, -1) },
    after: { from: r.start_date, to: afterTo },
  };
  const score = (w: { from: string; to: string }) =>
    tallies(sqlite, 'total', w, zone).get(null) ?? emptyTally();
  const before = score(windows.before);
  const after = score(windows.after);
  const windowOf = (w: { from: string; to: string }, t: typeof before): ScoreWindow => ({
    ...w,
    responses: t.responses,
    csat: toHundredths(csatScore(t.csat)),
    nps: toHundredths(npsScore(t.nps)),
  });
  const tickets = (w: { from: string; to: string }) =>
    (
      stmt(
        sqlite,
        'SELECT count(*) AS n FROM tickets WHERE root_cause = ? AND created_at >= ? AND created_at < ? AND state != ?',
      ).get(r.root_cause, zonedDayStart(w.from, zone), zonedDayStart(w.to, zone, 1), 'merged') as {
        n: number;
      }
    ).n;
  return {
    id: r.id,
    title: r.title,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    startDate: r.start_date,
    endDate: r.end_date,
    rootCause: r.root_cause,
    status: r.status,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    before: windowOf(windows.before, before),
    after: windowOf(windows.after, after),
    csatChangePoints: toHundredths(pointsChange(csatScore(after.csat), csatScore(before.csat))),
    npsChangePoints: toHundredths(pointsChange(npsScore(after.nps), npsScore(before.nps))),
    rootCauseTickets: r.root_cause
      ? { before: tickets(windows.before), after: tickets(windows.after) }
      : null,
  };
}

export function listImprovementActions(sqlite: Sqlite, now: string): ImprovementActionView[] {
  const zone = shopZone(sqlite);
  const today = localDate(now, zone);
  const rows = stmt(sqlite, `${select} ORDER BY a.start_date DESC, a.id DESC`).all() as ActionRecord[];
  return rows.map((r) => view(sqlite, r, today, zone));
}

export function getImprovementAction(sqlite: Sqlite, id: string, now: string): ImprovementActionView {
  const r = stmt(sqlite, `${select} WHERE a.id = ?`).get(id) as ActionRecord | undefined;
  if (!r) throw notFound('improvement_action', id);
  const zone = shopZone(sqlite);
  return view(sqlite, r, localDate(now, zone), zone);
}

export function saveImprovementAction(sqlite: Sqlite, input: ImprovementSave, at: string): string {
  return sqlite.transaction((): string => {
    if (input.ownerId) requireActiveStaff(sqlite, input.ownerId);
    const values = {
      title: input.title,
      owner_id: input.ownerId ?? null,
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      root_cause: input.rootCause ?? null,
      status: input.status,
      notes: input.notes ?? null,
      at,
    };
    if (input.id) {
      if (!stmt(sqlite, 'SELECT 1 FROM improvement_actions WHERE id = ?').get(input.id))
        throw notFound('improvement_action', input.id);
      stmt(
        sqlite,
        `UPDATE improvement_actions SET title = @title, owner_id = @owner_id, start_date = @start_date,
           end_date = @end_date, root_cause = @root_cause, status = @status, notes = @notes, updated_at = @at
         WHERE id = @id`,
      ).run({ ...values, id: input.id });
      audit(sqlite, at, 'improvement_action', input.id, 'update', { ...input });
      return input.id;
    }
    const id = newSortableId();
    stmt(
      sqlite,
      `INSERT INTO improvement_actions (id, title, owner_id, start_date, end_date, root_cause, status, notes,
         created_at, updated_at)
       VALUES (@id, @title, @owner_id, @start_date, @end_date, @root_cause, @status, @notes, @at, @at)`,
    ).run({ ...values, id });
    audit(sqlite, at, 'improvement_action', id, 'create', { ...input });
    return id;
  })();
}
