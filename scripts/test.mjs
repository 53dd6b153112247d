#!/usr/bin/env node
// `npm test`: everything that runs without a display, in the order that fails fastest.
// Typecheck, lint and format first; then a build (e2e drives the built renderer through the preview server,
// the Electron smoke test launches the built app); then every vitest project. The last line is the summary
// "N passed, N failed, N skipped" so CI logs can be read at a glance.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const steps = [
  ['typecheck', ['tsc', '-b']],
  ['lint', ['eslint', '--max-warnings=0', '.']],
  ['format', ['prettier', '--check', '.']],
  ['build', ['electron-vite', 'build']],
];

function run(name, args) {
  const started = Date.now();
  process.stderr.write(`\n▶ ${name}: npx ${args.join(' ')}\n`);
  const result = spawnSync(npx, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stderr.write(`✖ ${name} failed after ${seconds}s\n`);
    process.exit(result.status ?? 1);
  }
  process.stderr.write(`✔ ${name} (${seconds}s)\n`);
}

for (const [name, args] of steps) run(name, args);

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-test-')), 'vitest.json');
const vitest = spawnSync(
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { stdio: 'inherit', env: process.env },
);
let summary = 'no test report was written';
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  summary = `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`;
  if (r.numTotalTests === 0) summary = '0 passed, 1 failed (no test ran)';
}
process.stdout.write(`\n${summary}\n`);
process.exit(vitest.status ?? 1);
