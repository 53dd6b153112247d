import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from '../core/files/dialogs';

/**
 * The app's file dialogs: Electron's native open/save dialogs, modal to the main window when it is open.
 * Core remembers every path picked here and refuses file calls for any other path.
 */
export function electronFileDialogs(window: () => BrowserWindow | null, documentsDir: string): FileDialogs {
  return {
    show: async (request) => {
      const win = window();
      if (request.mode === 'folder') {
        const options = {
          title: request.title,
          defaultPath: documentsDir,
          properties: ['openDirectory' as const, 'createDirectory' as const],
        };
        const answer = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return answer.canceled ? null : (answer.filePaths[0] ?? null);
      }
      if (request.mode === 'open') {
        const options = { title: request.title, filters: request.filters, properties: ['openFile' as const] };
        const answer = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return answer.canceled ? null : (answer.filePaths[0] ?? null);
      }
      const options = {
        title: request.title,
        filters: request.filters,
        defaultPath: request.defaultName ? path.join(documentsDir, request.defaultName) : documentsDir,
      };
      const answer = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  };
}
