import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventMap } from '../../shared/api/events';
import { createCore, type Core } from '../../electron/core/app';
import {
  contentSecurityPolicy,
  startPreviewServer,
  type PreviewServer,
  type Subscribe,
} from '../../electron/preview/server';

type Listener = Parameters<Subscribe>[0];

let dir: string;
let core: Core;
let server: PreviewServer;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channeldesk-preview-'));
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ChannelDesk</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the static folder');
  const listeners = new Set<Listener>();
  core = await createCore({
    dbFile: path.join(dir, 'shop.db'),
    locale: 'en-US',
    emit: <E extends keyof EventMap>(event: E, payload: EventMap[E]) =>
      listeners.forEach((l) => l(event, payload)),
  });
  server = await startPreviewServer({
    dispatch: core.dispatch,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    staticDir,
    port: 0,
  });
});

afterEach(async () => {
  await server.close();
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP (fetch normalizes paths and refuses a Host header, both of which these tests need). */
function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (
  call: string,
  body?: string | Buffer,
  token: string | null = server.token,
  headers: Record<string, string> = {},
) =>
  request({
    method: 'POST',
    path: `/api/${call}`,
    body,
    headers: {
      'Content-Type': 'application/json',
      ...(token !== null && { Authorization: `Bearer ${token}` }),
      ...headers,
    },
  });

const storefront = {
  name: 'Preview shop',
  platform: 'website',
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  role: 'core',
  feeRules: {
    commissionRateBp: 0,
    paymentFeeRateBp: 0,
    fixedFeeMinor: 0,
    shippingCostMinor: 0,
    categoryCommissions: [],
  },
};

describe('preview server', () => {
  it('binds 127.0.0.1 with a long random token in its URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('requires the token on API calls', async () => {
    for (const token of [null, '', 'wrong', `${server.token}x`]) {
      const res = await api('settings/get', undefined, token);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const events = await request({ path: '/api/events?token=wrong' });
    expect(events.status).toBe(401);
  });

  it('answers calls with Results, and unknown calls with 404', async () => {
    const settings = await api('settings/get');
    expect(settings.status).toBe(200);
    expect(settings.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(settings.body)).toMatchObject({ ok: true, value: { baseCurrency: 'CNY' } });
    expect(JSON.parse((await api('settings/get', 'null')).body)).toMatchObject({ ok: true });

    const created = await api('storefronts/create', JSON.stringify(storefront));
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Preview shop' } });
    const invalid = await api('storefronts/create', JSON.stringify({ ...storefront, platform: 'myspace' }));
    expect(invalid.status).toBe(200);
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'platform' }] },
    });
    const missing = await api('storefronts/get', JSON.stringify({ id: 'nope' }));
    expect(missing.status).toBe(200);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    for (const call of ['storefronts/drop', 'nothing/here', 'storefronts', 'storefronts/list/extra']) {
      const res = await api(call);
      expect(res.status, call).toBe(404);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    const get = await request({
      path: '/api/settings/get',
      headers: { Authorization: `Bearer ${server.token}` },
    });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('refuses bodies over 1 MB with 413 and bad JSON with 400, writing nothing', async () => {
    const big = JSON.stringify({ ...storefront, name: 'x'.repeat(1024 * 1024) });
    const tooLarge = await api('storefronts/create', big);
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    for (const body of ['{', 'undefined', "{'a':1}", '\u0000']) {
      const res = await api('storefronts/create', body);
      expect(res.status, body).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(JSON.parse((await api('storefronts/list')).body)).toEqual({ ok: true, value: [] });
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      `localhost.evil:${server.port}`,
    ]) {
      const res = await request({
        method: 'POST',
        path: '/api/settings/get',
        headers: { Host: host, Authorization: `Bearer ${server.token}` },
      });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect((await request({ path: '/', headers: { Host: host } })).status).toBe(403);
    }
    expect((await request({ path: '/', headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('serves the renderer with content types and security headers, and never outside its folder', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>ChannelDesk</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).toContain("default-src 'self'; script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await request({ path: '/assets/app.css' })).headers['content-type']).toMatch(/^text\/css/);
    expect((await request({ path: '/index.html?token=abc' })).status).toBe(200);
    expect((await request({ path: '/missing.js' })).status).toBe(404);

    for (const attack of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      `/${'..%2f'.repeat(8)}etc/passwd`,
      '//etc/passwd',
      '/assets%00/app.js',
      '/%E0%A4%A',
    ]) {
      const res = await request({ path: attack });
      expect(res.status, attack).toBe(404);
      expect(res.body, attack).not.toContain('outside the static folder');
    }
  });

  it('streams data:changed events to a subscriber with the token', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/events?token=${server.token}`,
          headers: { Host: `127.0.0.1:${server.port}` },
        },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            // Subscribed: now cause a change through the API and wait for its event.
            if (chunk.includes(': connected')) void api('storefronts/create', JSON.stringify(storefront));
            if (text.includes('event: data:changed')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
    });
    expect(received).toContain(
      `event: data:changed\ndata: ${JSON.stringify({ namespace: 'storefronts' })}\n\n`,
    );
  });
});
