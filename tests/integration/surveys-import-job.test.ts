import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobCancelled } from '../../electron/core/jobs/protocol';
import { importSurveyResponses } from '../../electron/core/surveys/import/run-survey-import';
import type { JobInfo } from '../../shared/domain/jobs';
import type { SurveyImportSummary } from '../../shared/domain/survey-views';
import { value } from '../helpers/catalog-data';
import { contentFingerprint } from '../helpers/db-fingerprint';
import { tempCore } from '../helpers/temp-core';
import { count, surveyShop, type SurveyShop } from '../helpers/survey-shop';

let core: Awaited<ReturnType<typeof tempCore>>;
let shop: SurveyShop;
beforeEach(async () => {
  core = await tempCore('channeldesk-surveys-job');
  shop = await surveyShop(core);
});
afterEach(() => core.cleanup());

const mapping = { questions: { nps: 'NPS', channel: 'Channel' }, responseId: 'Id' };
/** `rows` responses; every third scores 3 (a low score opens a follow-up ticket). */
const csvFile = (name: string, rows: number, bad?: number) => {
  const file = path.join(core.dir, name);
  const lines = ['Id,NPS,Channel'];
  for (let i = 1; i <= rows; i++)
    lines.push(`${i},${i === bad ? 11 : i % 3 ? 9 : 3},${i % 2 ? '朋友推荐' : ''}`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};
const start = (file: string) =>
  value<JobInfo>(
    core.dispatch('surveys', 'importResponses', {
      templateId: shop.nps.id,
      storefrontId: shop.tmall.id,
      path: file,
      mapping,
    }),
  );

describe('the importSurveyResponses job', () => {
  it('imports in a worker and ends with the summary as its message', async () => {
    const job = await start(csvFile('good.csv', 30));
    expect(job).toMatchObject({ kind: 'importSurveyResponses', state: 'running' });
    const ended = await core.ctx.jobs.wait(job.id);
    expect(ended.state).toBe('done');
    expect(ended.total).toBeGreaterThan(0);
    expect(ended.done).toBe(ended.total);
    expect(JSON.parse(ended.message!) as SurveyImportSummary).toMatchObject({
      written: true,
      inserted: 30,
      followupTickets: 10,
      errors: [],
    });
    expect(count(core, 'survey_responses', "channel = 'import'")).toBe(30);
    expect(count(core, 'tickets')).toBe(10);
  });

  it('writes nothing when one row is wrong: a done job whose summary names the row', async () => {
    const before = contentFingerprint(core.ctx.sqlite);
    const ended = await core.ctx.jobs.wait((await start(csvFile('bad.csv', 30, 29))).id);
    expect(ended.state).toBe('done');
    const summary = JSON.parse(ended.message!) as SurveyImportSummary;
    expect(summary).toMatchObject({ written: false, inserted: 0 });
    expect(summary.errors.map((e) => [e.row, e.column, e.key])).toEqual([[30, 'NPS', 'surveyScoreCell']]);
    expect(contentFingerprint(core.ctx.sqlite)).toEqual(before);
  });

  it('cancelled at once: a cancelled job and the database as it was', async () => {
    const before = contentFingerprint(core.ctx.sqlite);
    const job = await start(csvFile('big.csv', 5000));
    await value(core.dispatch('jobs', 'cancel', { id: job.id }));
    const ended = await core.ctx.jobs.wait(job.id);
    expect(ended.state).toBe('cancelled');
    expect(contentFingerprint(core.ctx.sqlite)).toEqual(before);
  });

  it('cancelled while writing: rolled back before COMMIT, follow-up tickets included', async () => {
    const before = contentFingerprint(core.ctx.sqlite);
    // The cancel is seen at the last look before COMMIT: one look after reading, one per row (30), then that one.
    let checks = 0;
    const reads = { total: 0 };
    const io = {
      progress: (done: number, total: number) => {
        reads.total = total;
        if (done === total) checks = 1;
      },
      get cancelled() {
        return checks > 0 && ++checks > 32;
      },
    };
    const file = csvFile('cancel.csv', 30);
    await expect(
      importSurveyResponses(
        core.ctx.sqlite,
        { templateId: shop.nps.id, storefrontId: shop.tmall.id, path: file, mapping },
        '2024-03-20T02:00:00.000Z',
        { io },
      ),
    ).rejects.toBeInstanceOf(JobCancelled);
    expect(checks).toBe(33);
    expect(reads.total).toBe(fs.statSync(file).size);
    expect(contentFingerprint(core.ctx.sqlite)).toEqual(before);
  });

  it('refuses unknown ids before starting a job', async () => {
    const file = csvFile('good.csv', 3);
    for (const input of [
      { templateId: 'no-such-template', storefrontId: shop.tmall.id },
      { templateId: shop.nps.id, storefrontId: 'no-such-storefront' },
    ])
      expect(
        await core.dispatch('surveys', 'importResponses', { ...input, path: file, mapping }),
      ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.ctx.jobs.list()).toEqual([]);
  });
});
