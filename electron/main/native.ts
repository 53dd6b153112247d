import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is built twice: node_modules/better-sqlite3/build for Node (tests, CLI, preview) and
 * .native/electron-<version>/better_sqlite3.node for Electron (scripts/electron-native.mjs). The app hands
 * the Electron build to better-sqlite3's `nativeBinding` option, so neither build overwrites the other.
 */
export const NATIVE_DIR = '.native';
export const BINDING_FILE = 'better_sqlite3.node';

export const devBindingPath = (projectRoot: string, electronVersion: string): string =>
  path.join(projectRoot, NATIVE_DIR, `electron-${electronVersion}`, BINDING_FILE);

/** Where a packaged app carries the binding (copied as an extra resource by the packager). */
export const packagedBindingPath = (resourcesPath: string): string =>
  path.join(resourcesPath, 'native', BINDING_FILE);

export interface NativeBindingOptions {
  /** app.getAppPath(): the project folder when run from source. */
  projectRoot: string;
  /** process.versions.electron */
  electronVersion: string;
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath?: string | undefined;
  exists?: (file: string) => boolean;
}

/**
 * The better_sqlite3.node to load in this Electron, or undefined to let better-sqlite3 find its own (a packager
 * that rebuilt node_modules for Electron). Only existing files are returned.
 */
export function electronNativeBinding(options: NativeBindingOptions): string | undefined {
  const exists = options.exists ?? fs.existsSync;
  const candidates =
    options.isPackaged && options.resourcesPath
      ? [packagedBindingPath(options.resourcesPath)]
      : [devBindingPath(options.projectRoot, options.electronVersion)];
  return candidates.find((file) => exists(file));
}
