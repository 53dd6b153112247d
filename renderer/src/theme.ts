import { createTheme } from '@mantine/core';

/**
 * One theme for the whole app. Latin faces come first and the CJK faces after them, so Chinese renders in the
 * OS's Chinese font while Latin text and punctuation such as ’ keep their Latin shapes (a CJK font draws them
 * full-width).
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
});
