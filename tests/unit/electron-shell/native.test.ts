import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { devBindingPath, electronNativeBinding, packagedBindingPath } from '../../../electron/main/native';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-native-'));
  dirs.push(dir);
  return dir;
};
const touch = (file: string): void => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
};
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('electronNativeBinding', () => {
  it('picks .native/electron-<version>/better_sqlite3.node when it exists', () => {
    const root = tempDir();
    const file = path.join(root, '.native', 'electron-40.10.2', 'better_sqlite3.node');
    expect(devBindingPath(root, '40.10.2')).toBe(file);
    expect(
      electronNativeBinding({ projectRoot: root, electronVersion: '40.10.2', isPackaged: false }),
    ).toBeUndefined();
    touch(file);
    expect(electronNativeBinding({ projectRoot: root, electronVersion: '40.10.2', isPackaged: false })).toBe(
      file,
    );
    // A build for another Electron is not used.
    expect(
      electronNativeBinding({ projectRoot: root, electronVersion: '41.0.0', isPackaged: false }),
    ).toBeUndefined();
  });

  it('uses the resources folder in a packaged app', () => {
    const root = tempDir();
    const resources = tempDir();
    touch(devBindingPath(root, '40.10.2'));
    const options = {
      projectRoot: root,
      electronVersion: '40.10.2',
      isPackaged: true,
      resourcesPath: resources,
    };
    expect(electronNativeBinding(options)).toBeUndefined();
    touch(packagedBindingPath(resources));
    expect(electronNativeBinding(options)).toBe(path.join(resources, 'native', 'better_sqlite3.node'));
  });
});
