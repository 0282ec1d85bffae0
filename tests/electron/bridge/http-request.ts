import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  port: number;
  method?: string;
  /** Sent verbatim, so tests can send "..", encoded slashes and the like. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in chunks without Content-Length. */
  chunked?: boolean;
}

/**
 * node:http rather than fetch: fetch normalises paths and will not send arbitrary Host headers,
 * and these tests are about exactly those bytes.
 */
export function rawRequest(options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${options.port}`, ...options.headers };
    if (options.body !== undefined && !options.chunked && headers['content-length'] === undefined) {
      headers['content-length'] = String(Buffer.byteLength(options.body));
    }
    const req = http.request(
      { host: '127.0.0.1', port: options.port, method: options.method ?? 'GET', path: options.path, headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    let answered = false;
    req.on('response', () => {
      answered = true;
    });
    // A server that refuses an oversize body may close before the client finishes writing it.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (options.body !== undefined) {
      if (options.chunked) {
        const body = Buffer.from(options.body);
        const step = 64 * 1024;
        for (let offset = 0; offset < body.length; offset += step) req.write(body.subarray(offset, offset + step));
      } else {
        req.write(options.body);
      }
    }
    req.end();
  });
}
