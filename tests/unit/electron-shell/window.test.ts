import { describe, expect, it, vi } from 'vitest';

const created: { options: unknown }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    once = vi.fn();
    constructor(options: unknown) {
      created.push({ options });
    }
  },
}));

const { createMainWindow, loadAppPage, windowOptions } = await import('../../../electron/main/window');

describe('main window', () => {
  it('follows the security checklist', () => {
    const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });

  it('creates the window with those options and shows it when ready', () => {
    const win = createMainWindow('/app/out/preload/index.cjs');
    expect(created.at(-1)!.options).toEqual(windowOptions('/app/out/preload/index.cjs'));
    expect((win as unknown as { once: ReturnType<typeof vi.fn> }).once).toHaveBeenCalledWith(
      'ready-to-show',
      expect.any(Function),
    );
  });

  it('loads the built page with loadFile, or the dev server when given', async () => {
    const win = { loadFile: vi.fn(async () => undefined), loadURL: vi.fn(async () => undefined) };
    await loadAppPage(win as never, { indexFile: '/app/out/renderer/index.html' });
    expect(win.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
    expect(win.loadURL).not.toHaveBeenCalled();

    win.loadFile.mockClear();
    await loadAppPage(win as never, {
      indexFile: '/app/out/renderer/index.html',
      devUrl: 'http://localhost:5173',
    });
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(win.loadFile).not.toHaveBeenCalled();
  });
});
