import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { AppPage } from './security';

export const WINDOW_TITLE = 'ChannelDesk';

/** The checklist's webPreferences, in one place so a test can read them. */
export function windowOptions(preloadFile: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    },
  };
}

/** The main window, not yet showing anything: callers keep a reference before the page can call IPC. */
export function createMainWindow(preloadFile: string): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadFile));
  win.once('ready-to-show', () => win.show());
  return win;
}

/**
 * Loads the app's page: the dev server in `npm run dev`, otherwise the built index.html through loadFile
 * (file:// — the CSP meta tag and the navigation guard accept exactly that file).
 */
export async function loadAppPage(
  win: Pick<BrowserWindow, 'loadFile' | 'loadURL'>,
  page: AppPage,
): Promise<void> {
  if (page.devUrl) await win.loadURL(page.devUrl);
  else await win.loadFile(page.indexFile);
}
