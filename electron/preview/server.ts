import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventMap } from '../../shared/api/events';
import { fail, type ApiErrorBody, type Result } from '../../shared/api/result';
import { toFailure, type Dispatch } from '../core/router';
import { contentTypeOf, resolveStaticFile } from './static-files';

export type Subscribe = (
  listener: <E extends keyof EventMap>(event: E, payload: EventMap[E]) => void,
) => () => void;

export interface PreviewServerOptions {
  dispatch: Dispatch;
  /** The core's events (jobs:progress, data:changed), forwarded to every open /api/events stream. */
  subscribe: Subscribe;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to a fresh random token per run. */
  token?: string;
}

export interface PreviewServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 1024 * 1024;

/** Same policy as the Electron window: nothing but the app's own origin. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const baseHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  // The token travels in the page URL: never hand it to another site as a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: Result<unknown>,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...baseHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

const failure = (error: ApiErrorBody): Result<never> => fail(error);

function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Reads the body up to the limit; past it, keeps draining (so the client reads our 413) but stores nothing. */
function readBody(req: http.IncomingMessage): Promise<Buffer | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > MAX_BODY_BYTES;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      // Nobody legitimate streams this much at a loopback API: stop listening altogether.
      if (size > 16 * MAX_BODY_BYTES) req.destroy();
    });
    req.on('end', () => resolve(tooLarge ? 'tooLarge' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The preview: the built renderer plus the API over HTTP on 127.0.0.1, for browsers and e2e tests.
 * Every API request needs the per-run token; the Host check stops DNS-rebinding pages from reaching it.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> => {
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!tokenMatches(token, url.searchParams.get('token'))) {
        return sendJson(
          res,
          401,
          failure({ code: 'FORBIDDEN', message: 'Missing or wrong token', key: 'forbidden' }),
        );
      }
      return openEventStream(req, res);
    }
    if (req.method !== 'POST') {
      return sendJson(
        res,
        405,
        failure({ code: 'INVALID_INPUT', message: 'Use POST for API calls', key: 'methodNotAllowed' }),
        {
          Allow: 'POST',
        },
      );
    }
    const auth = req.headers.authorization;
    if (!tokenMatches(token, auth?.startsWith('Bearer ') ? auth.slice(7) : null)) {
      req.resume();
      return sendJson(
        res,
        401,
        failure({ code: 'FORBIDDEN', message: 'Missing or wrong token', key: 'forbidden' }),
      );
    }
    const body = await readBody(req);
    if (body === 'tooLarge') {
      return sendJson(
        res,
        413,
        failure({
          code: 'INVALID_INPUT',
          message: 'The request body is larger than 1 MB',
          key: 'bodyTooLarge',
        }),
      );
    }
    let input: unknown;
    try {
      const text = body.toString('utf8').trim();
      input = text === '' ? undefined : (JSON.parse(text) as unknown);
      if (input === null) input = undefined;
    } catch {
      return sendJson(
        res,
        400,
        failure({ code: 'INVALID_INPUT', message: 'The request body is not valid JSON', key: 'badJson' }),
      );
    }
    const parts = url.pathname.split('/');
    const result =
      parts.length === 4
        ? await options.dispatch(parts[2]!, parts[3]!, input).catch((err: unknown) => toFailure(err))
        : failure({ code: 'NOT_FOUND', message: `Unknown call ${url.pathname}`, key: 'unknownCall' });
    const status =
      !result.ok && result.error.key === 'unknownCall'
        ? 404
        : !result.ok && result.error.code === 'INTERNAL'
          ? 500
          : 200;
    sendJson(res, status, result);
  };

  const openEventStream = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    res.writeHead(200, {
      ...baseHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // A first comment lets clients (and tests) know the subscription is live before anything happens.
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.subscribe((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 15_000);
    keepAlive.unref();
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      streams.delete(res);
    });
  };

  const handleStatic = (req: http.IncomingMessage, res: http.ServerResponse, url: URL): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { ...baseHeaders, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' })
        .end('Method not allowed');
      return;
    }
    const file = resolveStaticFile(options.staticDir, url.pathname);
    if (!file) {
      res.writeHead(404, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const size = fs.statSync(file).size;
    res.writeHead(200, {
      ...baseHeaders,
      'Content-Type': contentTypeOf(file),
      'Content-Length': size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  };

  const server = http.createServer((req, res) => {
    // DNS rebinding: a foreign page resolving its own name to 127.0.0.1 still sends its own Host header.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      req.resume();
      return sendJson(
        res,
        403,
        failure({ code: 'FORBIDDEN', message: 'Unexpected Host header', key: 'forbidden' }),
      );
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
    } catch {
      return sendJson(
        res,
        400,
        failure({ code: 'INVALID_INPUT', message: 'Bad request URL', key: 'badUrl' }),
      );
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      handleApi(req, res, url).catch((err: unknown) => {
        if (!res.headersSent) sendJson(res, 500, toFailure(err));
        else res.destroy();
      });
    } else handleStatic(req, res, url);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of streams) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
