import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, type ApiResult, type ErrorCode } from '../../shared/api/app-error';
import type { Backend } from '../backend/backend-types';
import { createBridgeToken, isAuthorized } from './bridge-token';
import { BRIDGE_CONNECTION_LIMITS, limitConnections, serverTimeoutOptions, type ConnectionLimits } from './connection-limits';
import { checkJsonShape } from './json-shape';
import { isOwnHost, isOwnOrigin } from './request-origin';
import { securityHeaders } from './security-headers';
import { contentTypeOf, resolveStaticFile } from './static-files';

/**
 * The largest legitimate request is an evidence file of EVIDENCE_MAX_BYTES (10 MiB) in base64
 * (13.4 MiB) plus its JSON envelope; 14 MiB fits it and bounds what a caller can make us buffer.
 */
export const MAX_BODY_BYTES = 14 * 1024 * 1024;

const API_PREFIX = '/api/';

export interface BridgeServerOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks any free port. */
  port: number;
  /** When the requested port is taken, take any free one instead of failing. */
  fallbackToAnyPort?: boolean;
  /** Defaults to a fresh random token; tests pass their own. */
  token?: string;
  /** Defaults to BRIDGE_CONNECTION_LIMITS; tests shorten the timeouts. */
  limits?: Partial<ConnectionLimits>;
}

export interface BridgeServer {
  port: number;
  token: string;
  /** Launch URL. The token rides in the fragment, which browsers never send to a server or log. */
  url: string;
  /** Stops listening and drops open connections; the backend stays open (its owner closes it). */
  close(): Promise<void>;
}

type HeaderValue = string | string[] | undefined;

function single(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sendText(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(text + '\n', 'utf8');
  res.writeHead(status, { ...securityHeaders('text/plain; charset=utf-8'), 'Content-Length': body.length, ...extra });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    ...securityHeaders('application/json; charset=utf-8'),
    'Cache-Control': 'no-store',
    'Content-Length': body.length,
    ...extra,
  });
  res.end(body);
}

/** Transport-level refusals still answer with the API envelope, so the client reads one shape. */
function sendError(
  res: http.ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extra: Record<string, string> = {},
): void {
  const result: ApiResult<never> = {
    ok: false,
    error: new AppError(code, message, { problems: [{ path: '', message }] }).data,
  };
  sendJson(res, status, result, extra);
}

type Body = { kind: 'ok'; text: string } | { kind: 'too_large' } | { kind: 'aborted' };

function readBody(req: http.IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(single(req.headers['content-length']) ?? '0');
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering at once; the caller answers 413 and the connection is closed.
        req.off('data', onData);
        req.pause();
        resolve({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve({ kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    // The client went away or a request timeout closed the connection: nobody to answer, and
    // nothing that went wrong here, so not logged (a client could otherwise flood the log).
    req.on('error', () => resolve({ kind: 'aborted' }));
  });
}

function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && /^application\/json\s*(;.*)?$/i.test(value.trim());
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  backend: Backend,
  token: string,
): Promise<void> {
  if (req.method !== 'POST') {
    sendError(res, 405, 'invalid_request', 'the API accepts POST only', { Allow: 'POST' });
    return;
  }
  if (!isAuthorized(single(req.headers.authorization), token)) {
    sendError(res, 403, 'forbidden', 'missing or wrong bridge token');
    return;
  }
  // A JSON content type cannot be sent by a plain HTML form: one more bar to cross-site requests.
  if (!isJsonContentType(single(req.headers['content-type']))) {
    sendError(res, 415, 'invalid_request', 'the request body must be application/json');
    return;
  }
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(API_PREFIX.length));
  } catch {
    sendError(res, 400, 'invalid_request', 'malformed operation name');
    return;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body.kind === 'aborted') return;
  if (body.kind === 'too_large') {
    sendError(res, 413, 'invalid_request', `the request body exceeds ${MAX_BODY_BYTES} bytes`, { Connection: 'close' });
    return;
  }
  // Before JSON.parse: the shape check is a linear scan that stops at the limit, while parsing,
  // validating and reporting on a million keys would hold every other request for seconds.
  const shape = checkJsonShape(body.text);
  if (!shape.ok) {
    const message =
      shape.reason === 'too_deep'
        ? `the request body nests deeper than ${shape.limit} levels`
        : `the request body holds more than ${shape.limit} values`;
    sendError(res, 413, 'invalid_request', message);
    return;
  }
  let payload: unknown;
  if (body.text.trim() !== '') {
    try {
      payload = JSON.parse(body.text);
    } catch {
      sendError(res, 400, 'invalid_request', 'the request body is not valid JSON');
      return;
    }
  }
  // dispatch validates the name and payload against the contract and never throws by design.
  sendJson(res, 200, await backend.dispatch(name, payload));
}

async function handleStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  rendererDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const file = await resolveStaticFile(rendererDir, pathname);
  if (!file) {
    sendText(res, 404, 'Not found');
    return;
  }
  const body = await fs.readFile(file);
  res.writeHead(200, { ...securityHeaders(contentTypeOf(file), file), 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function createRequestListener(options: Required<Pick<BridgeServerOptions, 'backend' | 'rendererDir'>> & {
  token: string;
  port: () => number;
}): http.RequestListener {
  return (req, res) => {
    const handle = async () => {
      const host = single(req.headers.host);
      if (host === undefined || !isOwnHost(host, options.port())) {
        sendText(res, 403, 'Forbidden: unexpected Host header');
        return;
      }
      if (!isOwnOrigin(single(req.headers.origin), host)) {
        sendText(res, 403, 'Forbidden: foreign Origin');
        return;
      }
      const target = req.url ?? '';
      // Origin-form only ("/path?query"); concatenating keeps "//x" a path, never a host.
      if (!target.startsWith('/')) {
        sendText(res, 400, 'Bad request');
        return;
      }
      const { pathname } = new URL(`http://${host}${target}`);
      if (pathname.startsWith(API_PREFIX)) await handleApi(req, res, pathname, options.backend, options.token);
      else await handleStatic(req, res, pathname, options.rendererDir);
    };
    handle().catch((error: unknown) => {
      console.error('fieldscore: bridge request failed', error);
      if (!res.headersSent) sendError(res, 500, 'internal', 'internal error');
      else res.destroy();
    });
  };
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    // Loopback only: the bridge must never be reachable from the network.
    server.listen(port, '127.0.0.1');
  });
}

/** Serves the renderer and the token-guarded API on 127.0.0.1. */
export async function startBridgeServer(options: BridgeServerOptions): Promise<BridgeServer> {
  const token = options.token ?? createBridgeToken();
  const limits: ConnectionLimits = { ...BRIDGE_CONNECTION_LIMITS, ...options.limits };
  let port = 0;
  const server = http.createServer(
    serverTimeoutOptions(limits),
    createRequestListener({ backend: options.backend, rendererDir: options.rendererDir, token, port: () => port }),
  );
  limitConnections(server, limits);
  try {
    await listen(server, options.port);
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    if (!inUse || !options.fallbackToAnyPort || options.port === 0) throw error;
    await listen(server, 0);
  }
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
