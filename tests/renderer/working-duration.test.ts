import { describe, expect, it } from 'vitest';
import {
  formatWorkingMinutes,
  parseWorkingMinutes,
} from '../../renderer/src/features/tickets/working-duration';

describe('SLA grid working durations', () => {
  it.each([
    ['4h', 240],
    ['30m', 30],
    ['1h 30m', 90],
    ['1h30m', 90],
    ['1.5h', 90],
    ['1:30', 90],
    ['45', 45],
    ['2 小时', 120],
    ['1小时30分', 90],
    ['20分钟', 20],
    ['27h', 1620],
    ['0m', 0],
  ])('reads %s as %i working minutes', (text, minutes) => {
    expect(parseWorkingMinutes(text)).toBe(minutes);
  });

  it('reads empty as no target and refuses what is not a duration', () => {
    expect(parseWorkingMinutes('  ')).toBeNull();
    for (const bad of ['soon', '1h 30', '1.25m', '4 days', '-3h', '1:75', 'h', '9999h'])
      expect(parseWorkingMinutes(bad), bad).toBeUndefined();
  });

  it('writes what it reads back', () => {
    expect(formatWorkingMinutes(null)).toBe('');
    expect(formatWorkingMinutes(0)).toBe('0m');
    expect(formatWorkingMinutes(45)).toBe('45m');
    expect(formatWorkingMinutes(240)).toBe('4h');
    expect(formatWorkingMinutes(1620)).toBe('27h');
    expect(formatWorkingMinutes(90)).toBe('1h 30m');
    for (const m of [0, 1, 59, 60, 61, 1081, 525_600])
      expect(parseWorkingMinutes(formatWorkingMinutes(m))).toBe(m);
  });
});
