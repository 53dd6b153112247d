import { storefrontFieldsSchema, type StorefrontFields } from '../../../shared/api/schemas/storefronts';
import type { Settings } from '../../../shared/domain/settings';
import { platforms, type Storefront } from '../../../shared/domain/storefronts';
import {
  amountToMinorUnits,
  basisPointsToPercent,
  minorUnitsToAmount,
  percentToBasisPoints,
} from '../../../shared/logic/decimal';
import { describeIssues, zodIssues } from '../../core/router';
import { optionalString, parseCommand, requireString, type ParsedCommand } from '../args';
import { rejected, usageError } from '../errors';
import { call, withCore } from '../open-core';
import { createOutput, formatTable } from '../output';

const addOptions = {
  name: { type: 'string' },
  platform: { type: 'string' },
  currency: { type: 'string' },
  timezone: { type: 'string' },
  role: { type: 'string' },
  commission: { type: 'string' },
  'payment-fee': { type: 'string' },
  'fixed-fee': { type: 'string' },
  shipping: { type: 'string' },
} as const;

export async function storefrontCommand(sub: string | undefined, args: string[]): Promise<void> {
  if (sub === 'add') return addStorefront(args);
  if (sub === 'list') return listStorefronts(args);
  throw usageError(sub ? `Unknown storefront command: ${sub}` : 'storefront needs a command: add or list');
}

function rejectIssues(issues: { path: string; message: string }[]): never {
  const platformHint = issues.some((i) => i.path === '--platform') ? ` (${platforms.join(', ')})` : '';
  const message = describeIssues(issues) + platformHint;
  throw rejected(message, { code: 'INVALID_INPUT', message, issues });
}

function percentOption(cmd: ParsedCommand, name: string): number {
  const text = optionalString(cmd, name);
  if (text === undefined) return 0;
  const bp = percentToBasisPoints(text);
  if (bp === null || bp > 10_000) {
    throw rejected(
      `--${name} must be a percentage from 0 to 100 with at most 2 decimals (e.g. 5 or 2.9), got "${text}"`,
    );
  }
  return bp;
}

function amountOption(cmd: ParsedCommand, name: string, currency: string): number {
  const text = optionalString(cmd, name);
  if (text === undefined) return 0;
  const minor = amountToMinorUnits(text, currency);
  if (minor === null || minor > 1_000_000_000_00) {
    throw rejected(
      `--${name} must be a non-negative amount in ${currency} with at most its decimals (e.g. 8.50), got "${text}"`,
    );
  }
  return minor;
}

/**
 * `storefront add`: every field is checked before the database is opened where it can be (platform, role,
 * currency, zone, percentages); defaults for currency and zone come from the shop's settings.
 */
async function addStorefront(args: string[]): Promise<void> {
  const cmd = parseCommand(args, addOptions);
  const out = createOutput(cmd.json);
  const given = {
    name: requireString(cmd, 'name'),
    platform: requireString(cmd, 'platform').trim().toLowerCase(),
    role: optionalString(cmd, 'role') ?? 'core',
    ...(optionalString(cmd, 'currency') !== undefined && { currency: optionalString(cmd, 'currency') }),
    ...(optionalString(cmd, 'timezone') !== undefined && { timezone: optionalString(cmd, 'timezone') }),
  };
  const early = storefrontFieldsSchema.omit({ feeRules: true }).partial().safeParse(given);
  if (!early.success) rejectIssues(zodIssues(early.error).map((i) => ({ ...i, path: `--${i.path}` })));
  const commissionRateBp = percentOption(cmd, 'commission');
  const paymentFeeRateBp = percentOption(cmd, 'payment-fee');

  const created = await withCore(cmd.dbFile, async (core) => {
    const settings = await call<Settings>(core, 'settings', 'get', undefined);
    const currency = early.data.currency ?? settings.baseCurrency;
    const fields: StorefrontFields = {
      name: given.name,
      platform: given.platform as StorefrontFields['platform'],
      role: given.role as StorefrontFields['role'],
      currency,
      timezone: early.data.timezone ?? settings.timezone,
      feeRules: {
        commissionRateBp,
        paymentFeeRateBp,
        fixedFeeMinor: amountOption(cmd, 'fixed-fee', currency),
        shippingCostMinor: amountOption(cmd, 'shipping', currency),
        categoryCommissions: [],
      },
    };
    return call<Storefront>(core, 'storefronts', 'create', fields);
  });
  out.result(
    created,
    () => `Storefront added: ${created.name} (${created.platform}, ${created.currency}, ${created.timezone})`,
  );
}

async function listStorefronts(args: string[]): Promise<void> {
  const cmd = parseCommand(args, {});
  const out = createOutput(cmd.json);
  const storefronts = await withCore(cmd.dbFile, (core) =>
    call<Storefront[]>(core, 'storefronts', 'list', undefined),
  );
  out.result(storefronts, () => {
    if (!storefronts.length)
      return 'No storefronts yet. Add one with: channeldesk storefront add --name NAME --platform P';
    const rows = storefronts.map((s) => [
      s.name,
      s.platform,
      s.currency,
      s.timezone,
      s.role,
      `${basisPointsToPercent(s.feeRules.commissionRateBp)} %`,
      `${basisPointsToPercent(s.feeRules.paymentFeeRateBp)} %`,
      minorUnitsToAmount(s.feeRules.fixedFeeMinor, s.currency),
      minorUnitsToAmount(s.feeRules.shippingCostMinor, s.currency),
    ]);
    const headers = [
      'Name',
      'Platform',
      'Currency',
      'Time zone',
      'Role',
      '>Commission',
      '>Payment fee',
      '>Fixed fee',
      '>Shipping',
    ];
    return formatTable(headers, rows);
  });
}
