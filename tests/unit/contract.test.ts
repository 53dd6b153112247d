import { describe, expect, it } from 'vitest';
import { allChannels, channels } from '../../shared/api/channels';
import { contract } from '../../shared/api/contract';
import { handlers } from '../../electron/core/router';

describe('API contract', () => {
  it('names exactly the calls the contract defines, and every call has a handler', () => {
    const fromChannels = allChannels()
      .map((c) => `${c.namespace}.${c.method}`)
      .sort();
    const fromContract = Object.entries(contract)
      .flatMap(([ns, calls]) => Object.keys(calls).map((m) => `${ns}.${m}`))
      .sort();
    const fromHandlers = Object.entries(handlers)
      .flatMap(([ns, calls]) => Object.keys(calls).map((m) => `${ns}.${m}`))
      .sort();
    expect(fromChannels).toEqual(fromContract);
    expect(fromHandlers).toEqual(fromContract);
    expect(fromChannels.length).toBeGreaterThan(20);
  });

  it('uses ns:method channel strings that are unique', () => {
    const names = allChannels().map((c) => c.channel);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('storefronts:create');
    expect(Object.keys(channels)).toEqual(Object.keys(contract));
  });
});
