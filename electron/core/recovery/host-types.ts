import type { IntegrityStatus } from '../../../shared/domain/backup';
import type { RecoveryStatus } from '../../../shared/domain/recovery';
import type { Core, CoreOptions } from '../app';
import type { AutoBackups } from '../backup/auto-backup';
import type { OpenCheck } from '../backup/open-check';
import type { Dispatch } from '../router';
import type { QuietStartTiming } from './quiet-start';

/** How the app and the preview start their core (recovery/host.ts). */
export interface HostOptions extends CoreOptions {
  /** Daily automatic backups (the app and the preview); tests may shorten the interval. */
  autoBackup?: boolean | { intervalMs?: number; now?: () => Date };
  /** Ends the host (app.quit, the preview's shutdown); the recovery screen's "Quit". */
  onQuit?: () => void;
  log?: (message: string) => void;
  /** Files this big or bigger open on the fast path, fully checked in the background (tests lower it). */
  fullCheckMaxBytes?: number;
  /**
   * When the open's background work (full check of a big file, the start's automatic backup) begins: without
   * it at once (tests, scripts); the app and the preview pass WINDOW_QUIET_START (quiet-start.ts).
   */
  backgroundStart?: QuietStartTiming;
}

export interface HostCore {
  dispatch: Dispatch;
  status(): RecoveryStatus;
  /** The open core; null in recovery (and for a moment during a restore). */
  current(): Core | null;
  autoBackups(): AutoBackups | null;
  /** The check run when the database was last opened: which one and how long it took. */
  lastCheck(): OpenCheck | null;
  /** The last recorded full check, and whether the background one is running. */
  integrity(): IntegrityStatus;
  /** Ends when the background full check has (at once when none runs). */
  checked(): Promise<void>;
  /** Ends when the file is open — upgraded and checked — or the host is in recovery. */
  ready: Promise<void>;
  close(): Promise<void>;
}
