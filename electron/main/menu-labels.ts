import type { Language } from '../../shared/domain/settings';

/**
 * The words of the application menu. The renderer's i18n resources do not reach the main process, and
 * Electron's role items are English unless given a label, so every item the user sees is listed here.
 */
export const menuLabels = {
  'zh-CN': {
    file: '文件',
    backupNow: '立即备份',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullscreen: '全屏',
    help: '帮助',
    about: '关于 ChannelDesk',
  },
  en: {
    file: 'File',
    backupNow: 'Back Up Now',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullscreen: 'Toggle Full Screen',
    help: 'Help',
    about: 'About ChannelDesk',
  },
} satisfies Record<Language, Record<string, string>>;

export type MenuLabels = (typeof menuLabels)['en'];

export const labelsFor = (language: string | undefined): MenuLabels =>
  language === 'zh-CN' ? menuLabels['zh-CN'] : menuLabels.en;
