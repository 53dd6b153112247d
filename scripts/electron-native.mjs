#!/usr/bin/env node
// Builds better-sqlite3 for Electron into .native/electron-<version>/better_sqlite3.node.
//
// node_modules/better-sqlite3/build stays the Node build (tests, CLI, preview); the app loads this second
// build through better-sqlite3's `nativeBinding` option (electron/main/native.ts). So `npm test` and
// `npm start` work in either order and nothing is rebuilt back and forth.
//
// How: copy the better-sqlite3 package to a temp folder (without its build/), then
//   1. prebuild-install --runtime electron --target <version>   (a prebuilt binary, no compiler needed), or
//   2. node-gyp rebuild --runtime=electron --target=<version> --dist-url=https://electronjs.org/headers
// and copy the resulting .node into .native/. Both steps need the network (binary or Electron headers).
// Does nothing when the build for this Electron and this better-sqlite3 version is already there.
// Usage: node scripts/electron-native.mjs [--force]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const force = process.argv.includes('--force');

const electronVersion = require('electron/package.json').version;
const sqlitePackageDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(
  fs.readFileSync(path.join(sqlitePackageDir, 'package.json'), 'utf8'),
).version;
const targetDir = path.join(root, '.native', `electron-${electronVersion}`);
const targetFile = path.join(targetDir, 'better_sqlite3.node');
const infoFile = path.join(targetDir, 'build-info.json');
const wanted = {
  electron: electronVersion,
  betterSqlite3: sqliteVersion,
  platform: process.platform,
  arch: process.arch,
};

const log = (message) => process.stderr.write(`[electron-native] ${message}\n`);

function upToDate() {
  if (!fs.existsSync(targetFile) || !fs.existsSync(infoFile)) return false;
  try {
    const info = JSON.parse(fs.readFileSync(infoFile, 'utf8'));
    return Object.entries(wanted).every(([key, value]) => info[key] === value);
  } catch {
    return false;
  }
}

/** The child must not inherit npm's nodedir (it would build against Node's headers, not Electron's). */
function childEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(label, command, args, cwd) {
  log(`${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: childEnv() });
  if (result.error) log(`${label} could not start: ${result.error.message}`);
  return result.status === 0;
}

/** node-gyp ships inside npm; this finds it without installing anything. */
function findNodeGyp() {
  const candidates = [];
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a direct dependency; look inside npm below
  }
  const npmDirs = [path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm')];
  const prefix = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['prefix', '-g'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (prefix.status === 0 && prefix.stdout.trim()) {
    const globalPrefix = prefix.stdout.trim();
    npmDirs.push(
      path.join(globalPrefix, 'lib', 'node_modules', 'npm'),
      path.join(globalPrefix, 'node_modules', 'npm'),
    );
  }
  for (const npmDir of npmDirs) {
    try {
      candidates.push(createRequire(path.join(npmDir, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
    } catch {
      // this npm location does not exist
    }
  }
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

function findPrebuildInstall() {
  try {
    return createRequire(path.join(sqlitePackageDir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return null;
  }
}

function build() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-electron-native-'));
  const pkgCopy = path.join(work, 'better-sqlite3');
  try {
    fs.cpSync(sqlitePackageDir, pkgCopy, {
      recursive: true,
      filter: (source) => path.relative(sqlitePackageDir, source).split(path.sep)[0] !== 'build',
    });
    const built = path.join(pkgCopy, 'build', 'Release', 'better_sqlite3.node');
    const common = [`--target=${electronVersion}`, `--arch=${process.arch}`];

    const prebuild = findPrebuildInstall();
    let ok =
      prebuild !== null &&
      run(
        'prebuilt binary',
        process.execPath,
        [prebuild, '--runtime=electron', ...common, '--verbose'],
        pkgCopy,
      ) &&
      fs.existsSync(built);

    if (!ok) {
      const nodeGyp = findNodeGyp();
      if (!nodeGyp) {
        log('node-gyp was not found (it normally ships with npm).');
      } else {
        ok =
          run(
            'compile from source',
            process.execPath,
            [
              nodeGyp,
              'rebuild',
              '--release',
              '--runtime=electron',
              ...common,
              '--dist-url=https://electronjs.org/headers',
            ],
            pkgCopy,
          ) && fs.existsSync(built);
      }
    }
    if (!ok) return false;

    fs.mkdirSync(targetDir, { recursive: true });
    const partial = `${targetFile}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, targetFile);
    fs.writeFileSync(
      infoFile,
      `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`,
    );
    return true;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (!force && upToDate()) {
  log(
    `better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is ready (${path.relative(root, targetFile)}).`,
  );
  process.exit(0);
}

log(
  `building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})…`,
);
if (build()) {
  log(`done: ${path.relative(root, targetFile)}`);
  process.exit(0);
}
process.stderr.write(
  [
    '',
    `Could not build better-sqlite3 for Electron ${electronVersion}.`,
    'Both ways need the network: a prebuilt binary from github.com, or the Electron headers from',
    'https://electronjs.org/headers plus a C++ toolchain (python3, make, g++ / Xcode / Visual Studio Build Tools).',
    'Fix the cause shown above and run `node scripts/electron-native.mjs` again (npm start runs it).',
    'Tests, the CLI and `npm run preview` do not need this build: they use the Node build in node_modules.',
    '',
  ].join('\n'),
);
process.exit(1);
