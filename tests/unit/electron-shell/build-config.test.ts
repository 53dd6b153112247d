import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { cspMetaPlugin } from '../../../electron.vite.config';
import { contentSecurityPolicy } from '../../../electron/main/security';
import type { UserConfig } from 'electron-vite';

const root = path.resolve(import.meta.dirname, '../../..');
const { main, preload, renderer } = config as UserConfig;

describe('electron.vite.config', () => {
  it('builds main (with the job worker and the browser preview as more entries) into out/main', () => {
    expect(main?.build?.outDir).toBe(path.join(root, 'out', 'main'));
    expect(main?.build?.rolldownOptions?.input).toEqual({
      index: path.join(root, 'electron', 'main', 'index.ts'),
      jobWorker: path.join(root, 'electron', 'core', 'jobs', 'worker.ts'),
      preview: path.join(root, 'electron', 'preview', 'index.ts'),
    });
    expect(main?.build?.externalizeDeps).toMatchObject({ include: ['better-sqlite3'] });
  });

  it('builds the preload as CommonJS index.cjs (sandboxed preloads cannot be ES modules)', () => {
    expect(preload?.build?.outDir).toBe(path.join(root, 'out', 'preload'));
    expect(preload?.build?.rolldownOptions?.output).toMatchObject({
      format: 'cjs',
      entryFileNames: '[name].cjs',
    });
  });

  it('builds the renderer from renderer/ with relative URLs for loadFile', () => {
    expect(renderer?.root).toBe(path.join(root, 'renderer'));
    expect(renderer?.base).toBe('./');
    expect(renderer?.build?.outDir).toBe(path.join(root, 'out', 'renderer'));
    expect(renderer?.plugins?.length).toBeGreaterThan(0);
  });

  it('writes the strict CSP into the built index.html as a meta tag', () => {
    const transform = cspMetaPlugin().transformIndexHtml as unknown as () => {
      attrs: Record<string, string>;
    }[];
    const [tag] = transform();
    expect(tag!.attrs['http-equiv']).toBe('Content-Security-Policy');
    expect(tag!.attrs.content).toBe(contentSecurityPolicy().replace("; frame-ancestors 'none'", ''));
    expect(tag!.attrs.content).toContain("script-src 'self';");
  });
});
