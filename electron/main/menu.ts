import { Menu, type MenuItemConstructorOptions } from 'electron';
import { labelsFor } from './menu-labels';

export interface MenuOptions {
  language: string | undefined;
  /** Developer tools are offered only when running from the project, never in a packaged app. */
  isPackaged: boolean;
  onBackup: () => void;
  onAbout: () => void;
  onQuit: () => void;
}

/** The application menu as data (tested without Electron): File, Edit, View, Help. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = labelsFor(options.language);
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: t.reload },
    ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: t.toggleDevTools } as const]),
    { type: 'separator' },
    { role: 'resetZoom', label: t.resetZoom },
    { role: 'zoomIn', label: t.zoomIn },
    { role: 'zoomOut', label: t.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t.fullscreen },
  ];
  return [
    {
      label: t.file,
      submenu: [
        {
          id: 'backup-now',
          label: t.backupNow,
          accelerator: 'CmdOrCtrl+Shift+B',
          click: () => options.onBackup(),
        },
        { type: 'separator' },
        { id: 'quit', label: t.quit, accelerator: 'CmdOrCtrl+Q', click: () => options.onQuit() },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    { label: t.view, submenu: view },
    {
      role: 'help',
      label: t.help,
      submenu: [{ id: 'about', label: t.about, click: () => options.onAbout() }],
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
