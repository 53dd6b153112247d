#!/usr/bin/env node
// `npm start`: the desktop app. Needs the Electron binary; on machines installed with
// ELECTRON_SKIP_BINARY_DOWNLOAD it says so and points to `npm run preview` (same app in a browser).
// Otherwise: the Electron build of better-sqlite3 (scripts/electron-native.mjs, kept apart from the Node build
// that tests and the CLI use), a fresh electron-vite build when out/ is missing or older than the sources,
// then Electron on the project, with its exit code.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAppBuilt } from './app-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

/** The Electron executable, or null when the package is installed without its binary. */
function electronBinary() {
  try {
    // The electron package exports the executable's path; it throws when path.txt was never written.
    const file = require('electron');
    return typeof file === 'string' && fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

function fail(message) {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

const electron = electronBinary();
if (!electron) {
  fail(
    [
      'npm start: the Electron binary is not installed on this machine.',
      'The electron package was installed with ELECTRON_SKIP_BINARY_DOWNLOAD, so there is no program to open',
      'the desktop window with.',
      '',
      'To get it, where downloads from github.com work (and ELECTRON_SKIP_BINARY_DOWNLOAD is not set):',
      '  node node_modules/electron/install.js      (or reinstall: npm rebuild electron)',
      'then run npm start again.',
      '',
      'Meanwhile `npm run preview` shows the same app in your browser, on the same data folder.',
    ].join('\n'),
  );
}

const native = spawnSync(process.execPath, [path.join(root, 'scripts', 'electron-native.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (native.status !== 0) fail('npm start: better-sqlite3 could not be prepared for Electron (see above).');

if (!ensureAppBuilt(root)) fail('npm start: the build failed (see above).');

// ELECTRON_RUN_AS_NODE would make the binary behave as plain Node and ignore the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('error', (err) => fail(`npm start: could not launch Electron: ${err.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
