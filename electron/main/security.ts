import { pathToFileURL } from 'node:url';
import type { HandlerDetails, Session, WebContents, WebFrameMain, WindowOpenHandlerResponse } from 'electron';

/**
 * The Electron security checklist in small functions (ARCHITECTURE.md, Security). Everything that can be
 * decided from a URL or a frame is a plain function with its own tests; the `harden*` functions only attach
 * those decisions to Electron objects.
 */

/** Where the app's own page lives: the built index.html, or the electron-vite dev server in development. */
export interface AppPage {
  /** Absolute path of out/renderer/index.html. */
  indexFile: string;
  /** ELECTRON_RENDERER_URL during `npm run dev` (never in a packaged app). */
  devUrl?: string | undefined;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for the app's own page only; the hash (HashRouter) and query may vary, nothing else. Windows paths are
 * compared without case (Chromium upper-cases the drive letter of file URLs).
 */
export function isAppUrl(url: string, page: AppPage, platform: NodeJS.Platform = process.platform): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (page.devUrl) {
    const dev = parseUrl(page.devUrl);
    if (dev && (parsed.protocol === 'http:' || parsed.protocol === 'https:'))
      return parsed.origin === dev.origin;
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  const expected = pathToFileURL(page.indexFile).pathname;
  return platform === 'win32'
    ? parsed.pathname.toLowerCase() === expected.toLowerCase()
    : parsed.pathname === expected;
}

/** Links the OS browser may open: plain http(s) with a host and no embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/**
 * window.open and target=_blank never create an Electron window; a safe http(s) link goes to the OS browser.
 */
export function handleWindowOpen(
  details: Pick<HandlerDetails, 'url'>,
  openExternal: (url: string) => unknown,
): WindowOpenHandlerResponse {
  if (isSafeExternalUrl(details.url)) void Promise.resolve(openExternal(details.url)).catch(() => undefined);
  return { action: 'deny' };
}

/** The frame an IPC message came from, as much of WebFrameMain as the check needs. */
export type SenderFrame = Pick<WebFrameMain, 'url' | 'parent' | 'processId' | 'routingId'>;

/** Electron caches WebFrameMain wrappers, but identity is not part of its API: compare the frame ids too. */
const sameFrame = (a: SenderFrame, b: SenderFrame): boolean =>
  a === b || (a.processId === b.processId && a.routingId === b.routingId);

/**
 * An IPC call is served only when it comes from the main frame of our window showing the app's page: not a
 * subframe, not a page the window was somehow navigated to, not a frame that is already gone.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  mainFrame: SenderFrame | null | undefined,
  page: AppPage,
): boolean {
  if (!frame || !mainFrame) return false;
  if (!sameFrame(frame, mainFrame) || frame.parent !== null) return false;
  return isAppUrl(frame.url, page);
}

const productionCsp = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The Content-Security-Policy of the app's page. Development adds only what Vite's dev server needs (the React
 * refresh preamble is an inline script, hot reload uses a websocket); the built app gets the strict policy.
 */
export function contentSecurityPolicy(dev = false): string {
  const policy: Record<string, string[]> = { ...productionCsp };
  if (dev) {
    policy['script-src'] = ["'self'", "'unsafe-inline'"];
    policy['connect-src'] = ["'self'", 'ws:'];
  }
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The same policy for a <meta> tag in the built index.html: file:// pages get no response headers to rewrite,
 * so the tag is what enforces it there. frame-ancestors is dropped because browsers ignore it in a meta tag.
 */
export const metaContentSecurityPolicy = (): string =>
  contentSecurityPolicy()
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors '))
    .join('; ');

/** Response headers with our CSP replacing any the response carried (header names are case-insensitive). */
export function withCsp(
  headers: Record<string, string | string[]> | undefined,
  csp: string,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}

/** Session-wide rules: every permission denied, the CSP on every response. */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>,
  options: { dev?: boolean } = {},
): void {
  const csp = contentSecurityPolicy(options.dev);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) }),
  );
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Per-webContents rules: navigation only to the app's page, no new windows (safe links open in the OS
 * browser), no <webview>. Attached from app 'web-contents-created', so it covers every webContents.
 */
export function hardenWebContents(
  contents: GuardedContents,
  page: AppPage,
  openExternal: (url: string) => unknown,
): void {
  const denyForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url, page)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openExternal));
}
