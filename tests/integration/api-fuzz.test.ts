import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChannels } from '../../shared/api/channels';
import { catalogTemplates } from '../helpers/fuzz-catalog-templates';
import { pricingTemplates } from '../helpers/fuzz-pricing-templates';
import { customersTemplates } from '../helpers/fuzz-customers-templates';
import { kpisTemplates } from '../helpers/fuzz-kpis-templates';
import { dashboardTemplates } from '../helpers/fuzz-dashboard-templates';
import { ordersTemplates } from '../helpers/fuzz-orders-templates';
import { importsTemplates } from '../helpers/fuzz-imports-templates';
import { ticketsTemplates } from '../helpers/fuzz-tickets-templates';
import { surveysTemplates } from '../helpers/fuzz-surveys-templates';
import { coreTemplates, noInputCalls } from '../helpers/fuzz-core-templates';
import { backupTemplates } from '../helpers/fuzz-backup-templates';
import { reportsTemplates } from '../helpers/fuzz-reports-templates';
import { promotionsEvaluationTemplates } from '../helpers/fuzz-promotions-evaluation-templates';
import { promotionsTemplates } from '../helpers/fuzz-promotions-templates';
import { contentFingerprint } from '../helpers/db-fingerprint';
import { tempCore } from '../helpers/temp-core';

/**
 * Every call of the API against malformed input: the answer must always be a Result — INVALID_INPUT,
 * NOT_FOUND or CONFLICT, with a message — never INTERNAL and never a throw — and a refused call leaves every
 * row of the database as it was. New calls are picked up from allChannels() automatically; a call without a
 * template (or a place in noInputCalls) fails the coverage test, so its mutations reach past the first check.
 */

const RANDOM_PER_CALL = 300;
const huge = 'x'.repeat(1024 * 1024);

/** Deterministic PRNG (mulberry32): a failure reproduces with the same seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const strangeStrings = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x10',
  '١٢٣',
  '\u0000',
  '😀'.repeat(50),
  "'; DROP TABLE storefronts; --",
  '__proto__',
  'constructor',
  '2024-13-45',
  'usd',
  'Asia/Nowhere',
  '../../etc/passwd',
];
const strangeNumbers = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  -0,
  0.5,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  10_001,
  -10_000,
];
const keys = [
  'id',
  'name',
  'patch',
  'platform',
  'currency',
  'timezone',
  'role',
  'feeRules',
  'commissionRateBp',
  'paymentFeeRateBp',
  'fixedFeeMinor',
  'shippingCostMinor',
  'categoryCommissions',
  'category',
  'rateBp',
  'date',
  'rate',
  'baseCurrency',
  'language',
  'actingStaffId',
  'backupKeepDays',
  'includeArchived',
  'skus',
  'code',
  'cost',
  'purchaseMinor',
  'effectiveFrom',
  'skuId',
  'storefrontId',
  'productId',
  'listingId',
  'priceMinor',
  'quantity',
  'kind',
  'search',
  'page',
  'pageSize',
  'targetMarginBp',
  'ending',
  'at',
  'selection',
  'rule',
  'marginBp',
  'adjustBp',
  'overrideReason',
  'thresholdBp',
  'observedOn',
];

const validStorefront = {
  name: 'Fuzz shop',
  platform: 'jd',
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  role: 'core',
  feeRules: {
    commissionRateBp: 500,
    paymentFeeRateBp: 0,
    fixedFeeMinor: 0,
    shippingCostMinor: 0,
    categoryCommissions: [],
  },
};

/** Valid-shaped inputs to mutate one field at a time (deep mutations reach past the first check). */
const templates: Record<string, Record<string, unknown>> = {
  'storefronts:create': validStorefront,
  'storefronts:update': { id: 'no-such-id', patch: validStorefront },
  'staff:create': { name: 'Fuzz', role: 'operator' },
  'staff:update': { id: 'no-such-id', patch: { name: 'Fuzz', role: 'owner' } },
  'fx:add': { currency: 'USD', date: '2024-01-31', rate: '7.1' },
  'settings:update': { baseCurrency: 'CNY', timezone: 'Asia/Shanghai', language: 'en', backupKeepDays: 7 },
  'files:choose': { purpose: 'catalogExport', defaultName: 'products.xlsx' },
  ...catalogTemplates,
  ...pricingTemplates,
  ...customersTemplates,
  ...kpisTemplates,
  ...dashboardTemplates,
  ...ordersTemplates,
  ...importsTemplates,
  ...ticketsTemplates,
  ...surveysTemplates,
  ...coreTemplates,
  ...backupTemplates,
  ...reportsTemplates,
  ...promotionsEvaluationTemplates,
  ...promotionsTemplates,
};

function randomValue(rand: () => number, depth = 0): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  switch (Math.floor(rand() * (depth > 2 ? 6 : 9))) {
    case 0:
      return pick(strangeStrings);
    case 1:
      return pick(strangeNumbers);
    case 2:
      return Math.floor(rand() * 2 ** 40) * (rand() < 0.5 ? -1 : 1);
    case 3:
      return rand() < 0.5;
    case 4:
      return rand() < 0.5 ? null : undefined;
    case 5:
      return String.fromCharCode(
        ...Array.from({ length: Math.floor(rand() * 40) }, () => Math.floor(rand() * 0xffff)),
      );
    case 6:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default: {
      const obj: Record<string, unknown> = {};
      for (let i = Math.floor(rand() * 5); i > 0; i--) obj[pick(keys)] = randomValue(rand, depth + 1);
      return obj;
    }
  }
}

function mutate(template: Record<string, unknown>, rand: () => number): unknown {
  const copy = structuredClone(template) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  // Walk into a nested object now and then, so feeRules.* and patch.* are reached.
  while (rand() < 0.5) {
    const nested = Object.entries(target).filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v));
    if (!nested.length) break;
    target = nested[Math.floor(rand() * nested.length)]![1] as Record<string, unknown>;
  }
  const fields = Object.keys(target);
  const field = fields[Math.floor(rand() * fields.length)]!;
  if (rand() < 0.2) delete target[field];
  else target[field] = randomValue(rand, 2);
  return copy;
}

const fixedCorpus: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  NaN,
  'storefronts',
  huge,
  true,
  [],
  [{}],
  {},
  { id: 'no-such-id' },
  { id: '' },
  { id: huge },
  { id: 42 },
  { id: ['a'] },
  { id: { id: 'x' } },
  { id: 'no-such-id', patch: {} },
  { id: 'no-such-id', patch: { name: huge } },
  { id: 'no-such-id', patch: null },
  { name: huge, platform: 'jd' },
  {
    name: 'x',
    platform: 'jd',
    currency: 'CNY',
    timezone: 'Asia/Shanghai',
    role: 'core',
    feeRules: { commissionRateBp: 'NaN' },
  },
  { ...validStorefront, feeRules: { ...validStorefront.feeRules, fixedFeeMinor: -1 } },
  { ...validStorefront, feeRules: { ...validStorefront.feeRules, shippingCostMinor: 0.5 } },
  { ...validStorefront, feeRules: { ...validStorefront.feeRules, commissionRateBp: 1e300 } },
  { ...validStorefront, feeRules: [] },
  { currency: 'USD', date: '2024-02-30', rate: '7' },
  { currency: 'USD', date: '2024-01-01', rate: 'NaN' },
  { currency: 'USD', date: '2024-01-01', rate: -7 },
  { includeArchived: 'yes' },
  { actingStaffId: 'no-such-id' },
  { backupKeepDays: 1e9 },
  { language: 'fr' },
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  { a: { b: { c: { d: { e: { f: [[[[]]]] } } } } } },
];

let core: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  core = await tempCore('channeldesk-fuzz');
});
// Generous: the backup:start payloads leave many backup workers to stop, and the demo shop makes the file bigger.
afterAll(async () => core.cleanup(), 60_000);

const calls = allChannels();
const allowed = new Set(['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT']);

/**
 * Detects writes cheaply: total_changes() counts rows this connection changed (a rolled-back write too),
 * data_version moves when a job worker's connection commits. Only when one moved is every row compared.
 */
function writeMark(): string {
  const { n } = core.ctx.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
  return `${n}/${String(core.ctx.sqlite.pragma('data_version', { simple: true }))}`;
}

/** The content fingerprint, recomputed only after something wrote (the demo shop makes it a large database). */
let cached: { mark: string; rows: Record<string, string> } | null = null;
function fingerprint(mark: string): Record<string, string> {
  if (cached?.mark !== mark) cached = { mark, rows: contentFingerprint(core.ctx.sqlite) };
  return cached.rows;
}

/** Job kinds that only read the database (they write a file): they may run on while other calls are tried. */
const readOnlyJobs = new Set(['backup', 'monthlyReport']);

/** Lets import jobs an accepted call started finish, so their writes are not blamed on the next refused call. */
async function settleJobs(): Promise<void> {
  for (const job of core.ctx.jobs.list()) {
    if (job.state === 'running' && !readOnlyJobs.has(job.kind)) await core.ctx.jobs.wait(job.id);
  }
}

describe('API fuzz: every call answers malformed input with a Result', () => {
  let total = 0;

  it.each(calls.map((c) => [c.channel, c] as const))(
    `%s: ${fixedCorpus.length} fixed + ${RANDOM_PER_CALL} random payloads`,
    async (_name, { namespace, method, channel }) => {
      const rand = prng(
        [...channel].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), 2166136261),
      );
      const template = templates[channel];
      const payloads = [
        ...fixedCorpus,
        ...Array.from({ length: RANDOM_PER_CALL }, () =>
          template && rand() < 0.6 ? mutate(template, rand) : randomValue(rand),
        ),
      ];
      const codes: Record<string, number> = {};
      let refusedChecked = 0;
      for (const payload of payloads) {
        await settleJobs();
        const mark = writeMark();
        const before = fingerprint(mark);
        const result = await core.dispatch(namespace, method, payload);
        expect(typeof result.ok, channel).toBe('boolean');
        const code = result.ok ? 'ok' : result.error.code;
        codes[code] = (codes[code] ?? 0) + 1;
        if (!result.ok) {
          expect(
            allowed.has(result.error.code),
            `${channel} ${JSON.stringify(payload)?.slice(0, 200)} → ${JSON.stringify(result.error)}`,
          ).toBe(true);
          expect(result.error.message.trim().length).toBeGreaterThan(0);
          expect(result.error.message.length).toBeLessThan(5000);
          if (writeMark() !== mark) {
            await settleJobs();
            expect(
              fingerprint(writeMark()),
              `${channel} was refused but changed rows: ${JSON.stringify(payload)?.slice(0, 200)}`,
            ).toEqual(before);
          }
          refusedChecked++;
        }
      }
      expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
      expect(codes.INTERNAL ?? 0).toBe(0);
      expect(refusedChecked).toBe(payloads.length - (codes.ok ?? 0));
      expect(Object.values(codes).reduce((a, b) => a + b, 0)).toBe(payloads.length);
      total += payloads.length;
    },
  );

  it('has a template for every call that takes input', () => {
    const missing = calls
      .map((c) => c.channel)
      .filter((channel) => !templates[channel] && !noInputCalls.has(channel));
    expect(missing, 'add a valid-shaped template to tests/helpers/fuzz-*-templates.ts').toEqual([]);
    expect([...noInputCalls].filter((channel) => templates[channel])).toEqual([]);
  });

  it('sent every call its payloads', () => {
    expect(total).toBe(calls.length * (fixedCorpus.length + RANDOM_PER_CALL));
  });

  it('answers an unknown call with NOT_FOUND', async () => {
    for (const [ns, m] of [
      ['storefronts', 'drop'],
      ['nope', 'list'],
      ['__proto__', 'constructor'],
      ['storefronts', 'toString'],
    ]) {
      expect(await core.dispatch(ns!, m!, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });
});
