// The electron-vite build of the app (main + job worker + preview bundle, preload, renderer), rebuilt only when
// out/ is missing or older than the sources. Shared by `npm start` (Electron) and `npm run preview` (browser).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const builtFiles = [
  'out/main/index.js',
  'out/main/jobWorker.js',
  'out/main/preview.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];
const sources = ['electron', 'shared', 'renderer', 'electron.vite.config.ts', 'package.json'];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

export function buildIsStale(root) {
  const built = builtFiles.map((file) => path.join(root, file));
  if (built.some((file) => !fs.existsSync(file))) return true;
  const oldestBuilt = Math.min(...built.map((file) => fs.statSync(file).mtimeMs));
  return Math.max(...sources.map((source) => newestMtime(path.join(root, source)))) > oldestBuilt;
}

/**
 * Builds when stale; the build's output goes to stderr (the preview's stdout carries only its URL line, which
 * scripts and tests read). Returns false when the build failed.
 */
export function ensureAppBuilt(root) {
  if (!buildIsStale(root)) return true;
  process.stderr.write('Building the app (electron-vite build)…\n');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(npx, ['electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    shell: process.platform === 'win32',
  });
  return build.status === 0;
}
