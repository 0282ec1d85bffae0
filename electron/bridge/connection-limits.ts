import type http from 'node:http';
import type { Socket } from 'node:net';

/**
 * What one client may hold of the bridge. Anything on the machine can open connections to
 * 127.0.0.1 without the token, so none of these may depend on it.
 */
export interface ConnectionLimits {
  /** Open connections kept at most; beyond it the least recently active idle one is closed. */
  maxConnections: number;
  /** A request's headers must have arrived within this time of its first byte (else 408). */
  headersTimeoutMs: number;
  /** The whole request, body included, must have arrived within this time (else 408). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** How often Node checks the two request timeouts; they fire up to this much late. */
  timeoutCheckIntervalMs: number;
}

/**
 * A local client sends its headers in one packet and a 14 MiB body in milliseconds; these
 * leave room for a machine under heavy load. The browser opens at most six connections per
 * host; 64 also stays far below the smallest common descriptor limit (256 on macOS), which is
 * what 400 half-open connections used to exhaust: once accept() fails with EMFILE, libuv
 * closes every new connection, valid ones included.
 */
export const BRIDGE_CONNECTION_LIMITS: ConnectionLimits = {
  maxConnections: 64,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  timeoutCheckIntervalMs: 1_000,
};

/** The http.createServer options that carry the request timeouts (they cannot all be set later). */
export function serverTimeoutOptions(limits: ConnectionLimits): http.ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
  };
}

/**
 * Caps the open connections without letting idle ones lock valid requests out. Node's own
 * server.maxConnections refuses the *newest* connection when full, so whoever opens the most
 * half-open connections first (no token needed) would shut everyone else out. Here the newest
 * connection is always accepted and, when the cap is exceeded, the connection idle for longest
 * is closed instead: one that has sent no complete request, or whose last response is done.
 * Only connections with a request in progress (which needed complete headers, and for the
 * API a valid token, to last beyond our immediate answer) are never closed this way; if all
 * of them are busy, the new connection is the one refused.
 */
export function limitConnections(server: http.Server, limits: ConnectionLimits): void {
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // Insertion order is activity order: a connection moves to the end whenever it becomes idle.
  const open = new Map<Socket, { busy: number }>();

  const touch = (socket: Socket, state: { busy: number }) => {
    open.delete(socket);
    open.set(socket, state);
  };

  server.on('connection', (socket: Socket) => {
    const state = { busy: 0 };
    open.set(socket, state);
    socket.once('close', () => open.delete(socket));
    if (open.size <= limits.maxConnections) return;
    for (const [candidate, candidateState] of open) {
      if (candidate === socket) break;
      if (candidateState.busy === 0) {
        candidate.destroy();
        open.delete(candidate);
        return;
      }
    }
    socket.destroy();
    open.delete(socket);
  });

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    const state = open.get(socket);
    if (!state) return;
    state.busy += 1;
    res.once('close', () => {
      state.busy -= 1;
      if (state.busy === 0 && open.has(socket)) touch(socket, state);
    });
  });
}
