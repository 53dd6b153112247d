import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningPreview {
  url: string;
  dir: string;
  dbFile: string;
  stop(): Promise<void>;
}

/**
 * Starts `npm run preview` the way a person would (a real server process on a temp database) and waits for
 * its announced URL. The renderer must already be built (`npm test` builds before running tests).
 */
export async function startPreview(dbFile?: string): Promise<RunningPreview> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-e2e-'));
  const db = dbFile ?? path.join(dir, 'shop.db');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/preview/index.ts', '--db', db, '--port', '0'],
    { cwd: root, env: { ...process.env, CHANNELDESK_DATA_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /ChannelDesk preview: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    dir,
    dbFile: db,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
