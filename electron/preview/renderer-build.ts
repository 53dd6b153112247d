import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The built renderer is stale when index.html is missing or older than any source under renderer/ or shared/. */
export function rendererIsStale(root: string): boolean {
  const index = path.join(root, 'out', 'renderer', 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return Math.max(newestMtime(path.join(root, 'renderer')), newestMtime(path.join(root, 'shared'))) > built;
}

/**
 * Builds with electron-vite when needed. Its output goes to stderr: stdout carries only the preview's URL
 * line, which scripts and the e2e helper read.
 */
export function ensureRendererBuilt(root: string, log: (message: string) => void): void {
  if (!rendererIsStale(root)) return;
  log('Building the renderer (npx electron-vite build)…');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    env: process.env,
  });
  if (result.status !== 0) {
    const index = path.join(root, 'out', 'renderer', 'index.html');
    if (!fs.existsSync(index))
      throw new Error(`The renderer build failed (exit ${result.status ?? result.signal})`);
    log('The renderer build failed; serving the previous build in out/renderer.');
  }
}
