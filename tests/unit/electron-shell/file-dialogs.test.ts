import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';

const showOpenDialog = vi.fn();
const showSaveDialog = vi.fn();
vi.mock('electron', () => ({ dialog: { showOpenDialog, showSaveDialog } }));

const { electronFileDialogs } = await import('../../../electron/main/file-dialogs');

const win = { id: 1 } as unknown as BrowserWindow;
const filters = [{ name: 'Spreadsheets', extensions: ['xlsx', 'csv'] }];

beforeEach(() => {
  showOpenDialog.mockReset();
  showSaveDialog.mockReset();
});

describe('electronFileDialogs', () => {
  it('opens one file, modal to the window, and answers its path', async () => {
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/a/products.xlsx'] });
    const dialogs = electronFileDialogs(() => win, '/home/a/Documents');
    const picked = await dialogs.show({
      mode: 'open',
      purpose: 'catalogImport',
      title: 'Import products',
      filters,
    });
    expect(picked).toBe('/home/a/products.xlsx');
    expect(showOpenDialog).toHaveBeenCalledWith(win, {
      title: 'Import products',
      filters,
      properties: ['openFile'],
    });
  });

  it('proposes the file name in Documents when saving, and answers null when cancelled', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const dialogs = electronFileDialogs(() => null, '/home/a/Documents');
    const picked = await dialogs.show({
      mode: 'save',
      purpose: 'catalogExport',
      title: 'Export products',
      defaultName: 'products.xlsx',
      filters,
    });
    expect(picked).toBeNull();
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: 'Export products',
      filters,
      defaultPath: '/home/a/Documents/products.xlsx',
    });
  });
});
