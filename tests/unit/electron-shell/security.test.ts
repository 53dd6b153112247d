import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  handleWindowOpen,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  withCsp,
  type AppPage,
  type SenderFrame,
} from '../../../electron/main/security';

const indexFile = path.resolve('/opt/channeldesk/out/renderer/index.html');
const page: AppPage = { indexFile };
const appUrl = pathToFileURL(indexFile).href;

describe('isAppUrl', () => {
  it('accepts the built index.html with any hash or query (HashRouter)', () => {
    expect(isAppUrl(appUrl, page)).toBe(true);
    expect(isAppUrl(`${appUrl}#/orders?page=2`, page)).toBe(true);
  });

  it('refuses other files, other schemes and garbage', () => {
    expect(isAppUrl(pathToFileURL(path.resolve('/etc/passwd')).href, page)).toBe(false);
    expect(isAppUrl(pathToFileURL(path.resolve('/opt/channeldesk/out/renderer/other.html')).href, page)).toBe(
      false,
    );
    expect(isAppUrl('https://example.com/', page)).toBe(false);
    expect(isAppUrl('file://evil.example/opt/channeldesk/out/renderer/index.html', page)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', page)).toBe(false);
    expect(isAppUrl('not a url', page)).toBe(false);
  });

  it('compares Windows paths without case, POSIX paths exactly', () => {
    const upper = appUrl.replace('/opt/', '/OPT/');
    expect(isAppUrl(upper, page, 'linux')).toBe(false);
    expect(isAppUrl(upper, page, 'win32')).toBe(true);
  });

  it('in development accepts the dev server origin only', () => {
    const dev: AppPage = { indexFile, devUrl: 'http://localhost:5173' };
    expect(isAppUrl('http://localhost:5173/#/dashboard', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
  });
});

describe('external links', () => {
  it('only plain http(s) with a host and no credentials is safe', () => {
    expect(isSafeExternalUrl('https://help.shopify.com/en')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.com')).toBe(false);
    expect(isSafeExternalUrl('')).toBe(false);
  });

  it('window.open is always denied; only safe links reach the OS browser', () => {
    const openExternal = vi.fn(async () => undefined);
    expect(handleWindowOpen({ url: 'https://example.com/docs' }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/docs');
    openExternal.mockClear();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', appUrl, 'ms-settings:']) {
      expect(handleWindowOpen({ url }, openExternal)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  const frame = (url: string, extra: Partial<SenderFrame> = {}): SenderFrame =>
    ({ url, parent: null, processId: 4, routingId: 1, ...extra }) as SenderFrame;
  const main = frame(appUrl);

  it('accepts the main frame of our window on the app page', () => {
    expect(isTrustedSender(main, main, page)).toBe(true);
    // Same frame through another wrapper object.
    expect(isTrustedSender(frame(`${appUrl}#/settings`), main, page)).toBe(true);
  });

  it('refuses a subframe, a foreign URL, another frame and a missing frame', () => {
    const sub = frame(appUrl, { parent: main as never, routingId: 7 });
    expect(isTrustedSender(sub, main, page)).toBe(false);
    expect(isTrustedSender(frame('https://evil.example/'), frame('https://evil.example/'), page)).toBe(false);
    expect(isTrustedSender(frame(appUrl, { processId: 9, routingId: 3 }), main, page)).toBe(false);
    expect(isTrustedSender(null, main, page)).toBe(false);
    expect(isTrustedSender(main, null, page)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('is strict in the built app', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(csp).not.toContain('unsafe-eval');
  });

  it('replaces any CSP the response carried, whatever its case', () => {
    const headers = withCsp(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      'x',
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ['x'] });
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const s = {
      request: null as null | ((...args: unknown[]) => void),
      check: null as null | ((...args: unknown[]) => boolean),
      headers: null as null | ((details: unknown, cb: (r: unknown) => void) => void),
      setPermissionRequestHandler(h: never) {
        s.request = h;
      },
      setPermissionCheckHandler(h: never) {
        s.check = h;
      },
      webRequest: {
        onHeadersReceived(h: never) {
          s.headers = h;
        },
      },
    };
    return s;
  }

  it('denies every permission request and check', () => {
    const s = fakeSession();
    hardenSession(s as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      s.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(s.check!({}, permission, 'file://', {})).toBe(false);
    }
  });

  it('sets the CSP header on every response', () => {
    const s = fakeSession();
    hardenSession(s as never);
    const callback = vi.fn();
    s.headers!({ url: appUrl, responseHeaders: { 'X-Test': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Test': ['1'], 'Content-Security-Policy': [contentSecurityPolicy()] },
    });
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: unknown) => void>();
    const c = {
      listeners,
      openHandler: null as null | ((d: { url: string }) => unknown),
      on(name: string, listener: (event: unknown) => void) {
        listeners.set(name, listener);
        return c;
      },
      setWindowOpenHandler(h: never) {
        c.openHandler = h;
      },
    };
    return c;
  }
  const navigate = (c: ReturnType<typeof fakeContents>, name: string, url: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    c.listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };

  it('denies navigation and redirects to anything but the app page', () => {
    const c = fakeContents();
    hardenWebContents(c as never, page, vi.fn());
    expect(navigate(c, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(c, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(c, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate(c, 'will-navigate', `${appUrl}#/orders`)).toBe(false);
  });

  it('blocks <webview> and routes window.open through the deny handler', () => {
    const c = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(c as never, page, openExternal);
    const attach = { preventDefault: vi.fn() };
    c.listeners.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(c.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(c.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com']]);
  });
});
