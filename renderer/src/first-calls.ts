import type { DemoStatus } from '../../shared/domain/demo';
import type { RecoveryStatus } from '../../shared/domain/recovery';
import type { Settings } from '../../shared/domain/settings';
import type { StaffMember } from '../../shared/domain/staff';
import type { Storefront } from '../../shared/domain/storefronts';
import { api } from './api';

/** The calls every window makes before it can show anything, with their answers' types. */
interface FirstCalls {
  'recovery.status': RecoveryStatus;
  'demo.status': DemoStatus;
  'settings.get': Settings;
  'storefronts.list': Storefront[];
  'staff.list': StaffMember[];
}
type FirstCall = keyof FirstCalls;

/** An early answer older than this is not handed out: by then the screen asking has a reason to ask anew. */
export const FIRST_CALLS_MAX_AGE_MS = 10_000;

let sent: { at: number; calls: Map<FirstCall, Promise<unknown>> } | null = null;

const send: { [C in FirstCall]: () => Promise<FirstCalls[C]> } = {
  'recovery.status': () => api.recovery.status(),
  'demo.status': () => api.demo.status(),
  'settings.get': () => api.settings.get(),
  'storefronts.list': () => api.storefronts.list(),
  'staff.list': () => api.staff.list(),
};

/**
 * Sends the first calls together as the script starts (main.tsx). Each screen used to ask in turn as it
 * mounted — the recovery gate, then the first-run check and the shop context — a round trip and a render
 * apart, so on the 1M-order shop the dashboard sent its own first call ~400 ms after the page had loaded.
 * A call the core refuses (a database in recovery) is only kept as that refusal: whoever takes it handles it.
 */
export function sendFirstCalls(now = Date.now()): void {
  const calls = new Map<FirstCall, Promise<unknown>>();
  for (const name of Object.keys(send) as FirstCall[]) {
    const answer = send[name]();
    // Taken or not, a refusal must not surface as an unhandled rejection.
    answer.catch(() => undefined);
    calls.set(name, answer);
  }
  sent = { at: now, calls };
}

/**
 * The early answer of `name`, once, while it is fresh; otherwise (taken already, too old, dropped, never sent:
 * tests) the call is made now. Every later ask — a reload after data:changed — goes to the core.
 */
export function takeFirstCall<C extends FirstCall>(name: C, now = Date.now()): Promise<FirstCalls[C]> {
  const early = sent && now - sent.at <= FIRST_CALLS_MAX_AGE_MS ? sent.calls.get(name) : undefined;
  if (early) {
    sent!.calls.delete(name);
    return early as Promise<FirstCalls[C]>;
  }
  return send[name]();
}

/**
 * The early answer of `name` without taking it (a screen that needs settings to know what to ask first);
 * undefined when it was not sent, was dropped or is too old.
 */
export function peekFirstCall<C extends FirstCall>(
  name: C,
  now = Date.now(),
): Promise<FirstCalls[C]> | undefined {
  if (!sent || now - sent.at > FIRST_CALLS_MAX_AGE_MS) return undefined;
  return sent.calls.get(name) as Promise<FirstCalls[C]> | undefined;
}

/**
 * Resolves once every early call has its answer, or after `maxWaitMs` (the core is still opening or upgrading
 * the file: the screens show that themselves). main.tsx renders after it. React's first render of the shell is
 * one long task; begun before these answers were in, it held their callbacks — and with them the dashboard's
 * own first calls (first-overview.ts) — until it ended (~150 ms of the 1M shop's cold start).
 */
export function firstAnswersIn(maxWaitMs: number, also: Promise<unknown>[] = []): Promise<void> {
  const pending = [...(sent?.calls.values() ?? []), ...also];
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    void Promise.allSettled(pending).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Forgets the early answers: the database is not open normally (recovery, upgrade), so they say nothing useful. */
export function dropFirstCalls(): void {
  sent = null;
}
