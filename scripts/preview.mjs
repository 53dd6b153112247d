#!/usr/bin/env node
// `npm run preview`: the app in a browser (loopback server + the built renderer, same core as the desktop app).
// Runs the bundled out/main/preview.js, built first when out/ is missing or older than the sources: a bundle
// starts in well under a second, where compiling the TypeScript at every start took many seconds.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAppBuilt } from './app-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (!ensureAppBuilt(root)) {
  process.stderr.write('\nnpm run preview: the build failed (see above).\n\n');
  process.exit(1);
}
const child = spawn(
  process.execPath,
  [path.join(root, 'out', 'main', 'preview.js'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
