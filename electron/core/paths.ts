import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'ChannelDesk';
export const DB_FILE_NAME = 'channeldesk.db';

/**
 * The data folder. Electron's main process points `userData` here too, so the app, the CLI and the preview
 * share one database by default. CHANNELDESK_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CHANNELDESK_DATA_DIR) return path.resolve(env.CHANNELDESK_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export const defaultDbFile = (env: NodeJS.ProcessEnv = process.env): string =>
  path.join(defaultDataDir(env), DB_FILE_NAME);
