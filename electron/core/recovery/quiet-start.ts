import type { Dispatch } from '../router';

/**
 * When the open's background work (the full integrity check of a big file, the start's automatic backup) may
 * begin. Started at once, a 1.35 GB check and a 1.35 GB copy read the disk and take a core each exactly while
 * the window asks for its first figures (measured: dashboard.overview 1.7 s alone, 3–10 s beside them on a
 * 2-core machine). So they wait until the first calls are answered and the window has gone quiet.
 */
export interface QuietStartTiming {
  /** No call in flight for this long, after at least one call was answered. */
  quietMs: number;
  /** Start anyway this long after opening (nobody is calling, or the calls never stop). */
  maxWaitMs: number;
}

/** What the app and the preview use: a second of quiet, at most 15 s after the file opened. */
export const WINDOW_QUIET_START: QuietStartTiming = { quietMs: 1000, maxWaitMs: 15_000 };

export interface QuietStart {
  callStarted(): void;
  callEnded(): void;
  /** Resolves once: when the work may start, or at cancel (the caller checks whether it was closed). */
  readonly quiet: Promise<void>;
  cancel(): void;
}

export function quietStart(timing: QuietStartTiming): QuietStart {
  let inflight = 0;
  let done = false;
  let quietTimer: NodeJS.Timeout | undefined;
  let release: () => void = () => undefined;
  const quiet = new Promise<void>((resolve) => (release = resolve));

  const finish = (): void => {
    if (done) return;
    done = true;
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    release();
  };
  // Unref'd: a host that is never closed (a script) must still be able to exit.
  const maxTimer = setTimeout(() => finish(), timing.maxWaitMs);
  maxTimer.unref();

  return {
    callStarted() {
      inflight++;
      clearTimeout(quietTimer);
    },
    callEnded() {
      inflight = Math.max(0, inflight - 1);
      if (inflight > 0 || done) return;
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => finish(), timing.quietMs);
      quietTimer.unref();
    },
    quiet,
    cancel: finish,
  };
}

/** `dispatch` with each call counted by `gate` (none: unchanged). */
export function countedBy(gate: QuietStart | null, dispatch: Dispatch): Dispatch {
  if (!gate) return dispatch;
  return async (namespace, method, input) => {
    gate.callStarted();
    try {
      return await dispatch(namespace, method, input);
    } finally {
      gate.callEnded();
    }
  };
}
