import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { fileHealth, fileState } from '../../helpers/db-fingerprint';
import { runCli } from '../../helpers/run-cli';

const bin = fileURLToPath(new URL('../../../bin/channeldesk.mjs', import.meta.url));

/**
 * When to pull the plug on a running CLI. Never a fixed sleep alone: each trigger waits for a sign of the work
 * itself — the WAL or an output file reaching a size, a number of progress lines — or a share of the time a
 * full uninterrupted run took, measured in the same test on the same machine.
 */
export type Trigger =
  | { kind: 'fileBytes'; file: string; bytes: number }
  | { kind: 'lines'; pattern: RegExp; count: number }
  | { kind: 'elapsed'; ms: number };

export const describeTrigger = (t: Trigger): string =>
  t.kind === 'fileBytes'
    ? `${t.file.split(/[\\/]/).pop()} ≥ ${(t.bytes / 1024).toFixed(0)} KB`
    : t.kind === 'lines'
      ? `${t.count} progress line(s)`
      : `${t.ms} ms`;

// One stat, no existsSync first: SQLite deletes the WAL when the CLI closes, and a file that vanished between an
// exists check and its stat threw out of this poll's timer (an unhandled error that failed CI).
const sizeOf = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;

export interface CrashRun {
  /** True when SIGKILL hit a running process; false when it ended first (the point was never reached). */
  killed: boolean;
  code: number | null;
  stderr: string;
  /** Largest size each watched file reached while the process ran (for measuring a full run). */
  peak: Record<string, number>;
  /** Every size each watched file was seen at (polled every 5 ms), in order, without repeats or 0. */
  seen: Record<string, number[]>;
  ms: number;
}

/**
 * Starts `channeldesk args…` in its own process and SIGKILLs it when `trigger` fires (no trigger: runs to the
 * end, watching `watch` files so a full run can be measured).
 */
export function runAndKill(
  args: string[],
  trigger: Trigger | null,
  options: { env?: Record<string, string>; watch?: string[] } = {},
): Promise<CrashRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: os.tmpdir(),
      env: { ...process.env, CHANNELDESK_DATA_DIR: os.tmpdir(), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let lines = 0;
    let killed = false;
    const peak: Record<string, number> = {};
    const seen: Record<string, number[]> = {};
    const watched = [...(options.watch ?? []), ...(trigger?.kind === 'fileBytes' ? [trigger.file] : [])];
    const fire = () => {
      if (killed || child.exitCode !== null) return;
      killed = true;
      child.kill('SIGKILL');
    };
    const check = () => {
      for (const file of watched) {
        const size = sizeOf(file);
        peak[file] = Math.max(peak[file] ?? 0, size);
        const sizes = (seen[file] ??= []);
        if (size > 0 && sizes.at(-1) !== size) sizes.push(size);
      }
      if (!trigger) return;
      if (trigger.kind === 'fileBytes' && sizeOf(trigger.file) >= trigger.bytes) fire();
      if (trigger.kind === 'elapsed' && Date.now() - started >= trigger.ms) fire();
    };
    // A throw inside a timer is an unhandled error that fails the whole run; make it this run's failure instead.
    const poll = setInterval(() => {
      try {
        check();
      } catch (error) {
        clearInterval(poll);
        child.kill('SIGKILL');
        reject(error);
      }
    }, 5);
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      stderr += text;
      if (trigger?.kind !== 'lines') return;
      for (const line of text.split('\n')) if (trigger.pattern.test(line)) lines++;
      if (lines >= trigger.count) fire();
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ killed, code, stderr, peak, seen, ms: Date.now() - started });
    });
  });
}

/** What must hold after any crash: the file opens, passes both checks, and `check` agrees. */
export async function expectHealthy(db: string, dataDir: string): Promise<void> {
  const check = await runCli(dataDir, ['check', '--db', db, '--json']);
  expect(check.code, check.stdout + check.stderr).toBe(0);
  expect(fileHealth(db)).toEqual({ integrity: 'ok', foreignKeyProblems: [] });
}

export interface Figures {
  counts: Record<string, number>;
  content: Record<string, string>;
  kpis: string;
}

/** Row counts, every row's content and the KPI figures of the whole period, as a person would compare them. */
export async function figures(db: string, dataDir: string, from: string, to: string): Promise<Figures> {
  // Content first: `kpis` opens the database read-write like the app.
  const state = fileState(db);
  const kpis = await runCli(dataDir, ['kpis', '--db', db, '--json', '--from', from, '--to', to]);
  expect(kpis.code, kpis.stderr).toBe(0);
  return { ...state, kpis: kpis.stdout };
}

/** Fractions of a measured quantity at which the crash points sit, so runs spread over the whole work. */
export const CRASH_FRACTIONS = [0.1, 0.3, 0.5, 0.7, 0.9] as const;
