import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
}));

const { menuTemplate } = await import('../../../electron/main/menu');

const options = (overrides = {}) => ({
  language: 'en',
  isPackaged: false,
  onBackup: vi.fn(),
  onAbout: vi.fn(),
  onQuit: vi.fn(),
  ...overrides,
});
const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
const byId = (menu: MenuItemConstructorOptions[], id: string) => items(menu).find((item) => item.id === id)!;

describe('application menu', () => {
  it('has File, Edit, View, Help in the chosen language', () => {
    expect(menuTemplate(options()).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const zh = menuTemplate(options({ language: 'zh-CN' }));
    expect(zh.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(byId(zh, 'backup-now').label).toBe('立即备份');
    expect(items(zh).filter((i) => i.type !== 'separator' && !i.label)).toEqual([]);
  });

  it('File → Back up now and Quit call their actions; Help → About too', () => {
    const o = options();
    const menu = menuTemplate(o);
    (byId(menu, 'backup-now').click as () => void)();
    (byId(menu, 'about').click as () => void)();
    (byId(menu, 'quit').click as () => void)();
    expect(o.onBackup).toHaveBeenCalledTimes(1);
    expect(o.onAbout).toHaveBeenCalledTimes(1);
    expect(o.onQuit).toHaveBeenCalledTimes(1);
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (packaged: boolean) =>
      items(menuTemplate(options({ isPackaged: packaged }))).map((i) => i.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(
      expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'copy', 'paste']),
    );
  });
});
