import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietStart } from '../../electron/core/recovery/quiet-start';

/** Whether the gate has opened, read after the microtasks the timers' resolutions queue. */
async function opened(gate: { quiet: Promise<void> }): Promise<boolean> {
  let done = false;
  void gate.quiet.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('quietStart: background work waits for the window to go quiet', () => {
  it('opens quietMs after the last call of a burst was answered, not while calls are in flight', async () => {
    const gate = quietStart({ quietMs: 1000, maxWaitMs: 15_000 });
    gate.callStarted();
    await vi.advanceTimersByTimeAsync(5000);
    expect(await opened(gate)).toBe(false); // a long call (overview at 1M orders) holds it shut
    gate.callStarted();
    gate.callEnded();
    await vi.advanceTimersByTimeAsync(2000);
    expect(await opened(gate)).toBe(false); // one call still in flight
    gate.callEnded();
    await vi.advanceTimersByTimeAsync(900);
    gate.callStarted(); // the next call of the page arrives before the second of quiet is up
    gate.callEnded();
    await vi.advanceTimersByTimeAsync(900);
    expect(await opened(gate)).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(await opened(gate)).toBe(true);
  });

  it('opens after maxWaitMs when nobody calls, or when the calls never stop', async () => {
    const idle = quietStart({ quietMs: 1000, maxWaitMs: 15_000 });
    await vi.advanceTimersByTimeAsync(14_999);
    expect(await opened(idle)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await opened(idle)).toBe(true);

    const busy = quietStart({ quietMs: 1000, maxWaitMs: 15_000 });
    busy.callStarted();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await opened(busy)).toBe(true);
  });

  it('cancel opens it at once so nothing waits forever (the host checks it was closed)', async () => {
    const gate = quietStart({ quietMs: 1000, maxWaitMs: 15_000 });
    gate.callStarted();
    gate.cancel();
    expect(await opened(gate)).toBe(true);
  });
});
