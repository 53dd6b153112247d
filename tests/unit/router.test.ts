import { describe, expect, it, vi } from 'vitest';
import { ZodError, type z } from 'zod';
import { AppError } from '../../shared/api/result';
import { createDispatch, describeIssues, toFailure } from '../../electron/core/router';
import type { CoreContext } from '../../electron/core/context';
import type { Handlers } from '../../electron/core/handlers';

const ctx = {} as CoreContext;

describe('router', () => {
  it('refuses unknown calls with NOT_FOUND', async () => {
    const dispatch = createDispatch(() => ctx);
    const result = await dispatch('storefronts', 'drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'unknownCall' } });
    expect(await dispatch('__proto__', 'toString', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('validates input before a handler runs and names the field in English', async () => {
    const create = vi.fn();
    const dispatch = createDispatch(() => ctx, { storefronts: { create } } as unknown as Handlers);
    const result = await dispatch('storefronts', 'create', { name: '', platform: 'myspace' });
    expect(create).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(['name', 'platform', 'currency']),
    );
    expect(result.error.message).toContain('name is required');
  });

  it('maps AppError, constraint errors and unexpected errors', () => {
    expect(toFailure(new AppError('CONFLICT', 'taken', { key: 'k' }))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'taken', key: 'k' },
    });
    expect(toFailure(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const log = vi.fn();
    const internal = toFailure(new TypeError('secret stack detail'), log);
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL', key: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });

  it('describes zod issues by path with the English text of their key', () => {
    const error = new ZodError([
      { code: 'custom', path: ['feeRules', 'commissionRateBp'], message: 'rateBp', input: 1 },
    ] as z.core.$ZodIssue[]);
    const failure = toFailure(error);
    expect(failure.ok).toBe(false);
    if (failure.ok) return;
    expect(describeIssues(failure.error.issues ?? [])).toBe(
      'feeRules.commissionRateBp must be a whole number of basis points between 0 and 10000 (0–100 %)',
    );
  });
});
