import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import type { Settings } from '../../shared/domain/settings';
import { beginCore, type HostCore } from '../core/recovery/host';
import { WINDOW_QUIET_START } from '../core/recovery/quiet-start';
import { DB_FILE_NAME, defaultDataDir } from '../core/paths';
import { startScheduledReport } from '../core/reports/handlers';
import type { Dispatch } from '../core/router';
import { electronFileDialogs } from './file-dialogs';
import { createEventForwarder, registerIpc } from './ipc';
import { installMenu } from './menu';
import { electronNativeBinding } from './native';
import { hardenSession, hardenWebContents, isTrustedSender, type AppPage } from './security';
import { createMainWindow, loadAppPage } from './window';

// Paths of the built app: this file is out/main/index.js (ESM, so import.meta.url rather than __dirname).
const mainDir = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.dirname(mainDir);
const preloadFile = path.join(outDir, 'preload', 'index.cjs');
const workerEntry = path.join(mainDir, 'jobWorker.js');
const page: AppPage = {
  indexFile: path.join(outDir, 'renderer', 'index.html'),
  devUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};

let core: HostCore | null = null;
let mainWindow: BrowserWindow | null = null;
let unregisterIpc: (() => void) | null = null;
let shutdown: 'running' | 'closing' | 'closed' = 'running';

// The app, the CLI and the preview share one data folder; the single-instance lock lives in userData too,
// so it must be set first (a test with its own CHANNELDESK_DATA_DIR does not collide with a running app).
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);

const liveWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function refreshMenu(dispatch: Dispatch, language: string | undefined): void {
  installMenu({
    language,
    isPackaged: app.isPackaged,
    onQuit: () => app.quit(),
    onAbout: () => app.showAboutPanel(),
    onBackup: () => {
      void dispatch('backup', 'start', undefined).then((result) => {
        if (!result.ok) dialog.showErrorBox('ChannelDesk', result.error.message);
      });
    },
  });
}

async function openWindow(): Promise<void> {
  // Kept before loading: the page calls IPC while it loads, and isTrusted compares with this window's frame.
  const win = createMainWindow(preloadFile);
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  await loadAppPage(win, page);
}

function startupHint(nativeBinding: string | undefined): string {
  if (nativeBinding || app.isPackaged) return '';
  return '\n\nbetter-sqlite3 has no Electron build yet: run `node scripts/electron-native.mjs` (npm start does it).';
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, { dev: Boolean(page.devUrl) });
  app.setAboutPanelOptions({ applicationName: 'ChannelDesk', applicationVersion: app.getVersion() });

  const nativeBinding = electronNativeBinding({
    projectRoot: app.getAppPath(),
    electronVersion: process.versions.electron ?? '',
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  });
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    // A damaged, foreign or future database does not end up here: the core opens in recovery and the
    // window shows the recovery screen (restore a backup, or quit). The window opens at once: an older file is
    // upgraded meanwhile (the page shows the progress) and a big one is fully checked after it opened.
    core = beginCore({
      dbFile: path.join(dataDir, DB_FILE_NAME),
      dataDir,
      locale: app.getLocale(),
      workerEntry,
      nativeBinding,
      emit: createEventForwarder(() => liveWindow()?.webContents),
      fileDialogs: electronFileDialogs(liveWindow, app.getPath('documents')),
      autoBackup: true,
      // The full check and the start's backup wait until the window's first figures are answered.
      backgroundStart: WINDOW_QUIET_START,
      onQuit: () => app.quit(),
    });
  } catch (err) {
    dialog.showErrorBox(
      'ChannelDesk could not open its database',
      `${String(err)}${startupHint(nativeBinding)}`,
    );
    app.exit(1);
    return;
  }

  const opened = core;
  // A language change in Settings re-labels the menu at once.
  const dispatch: Dispatch = async (namespace, method, input) => {
    const result = await opened.dispatch(namespace, method, input);
    if (result.ok && namespace === 'settings' && method === 'update') {
      refreshMenu(dispatch, (result.value as Settings).language);
    }
    return result;
  };
  unregisterIpc = registerIpc({
    dispatch,
    isTrusted: (frame) => isTrustedSender(frame, liveWindow()?.webContents.mainFrame, page),
  });
  refreshMenu(dispatch, app.getLocale());
  try {
    await openWindow();
  } catch (err) {
    dialog.showErrorBox('ChannelDesk could not show its window', `${String(err)}\n\nTry \`npm run build\`.`);
    app.quit();
    return;
  }
  await opened.ready;
  const settings = await opened.dispatch('settings', 'get', undefined);
  startScheduledReport(opened.current());
  refreshMenu(dispatch, settings.ok ? (settings.value as Settings).language : app.getLocale());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = liveWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, page, (url) => shell.openExternal(url)),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && !liveWindow() && BrowserWindow.getAllWindows().length === 0) {
      openWindow().catch((err: unknown) => dialog.showErrorBox('ChannelDesk', String(err)));
    }
  });
  // Jobs are stopped and the database closed (WAL checkpoint) before the process ends.
  app.on('will-quit', (event) => {
    if (!core || shutdown === 'closed') return;
    event.preventDefault();
    if (shutdown === 'closing') return;
    shutdown = 'closing';
    unregisterIpc?.();
    core
      .close()
      .catch((err: unknown) => console.error('closing the database failed', err))
      .finally(() => {
        shutdown = 'closed';
        app.quit();
      });
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('ChannelDesk could not start', String(err));
      app.exit(1);
    });
}
