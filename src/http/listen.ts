// HTTP: the listening socket. It is bound before anything else starts (a taken port fails at once, before
// Meilisearch and the ingest), answers 503 until the app is ready, and turns requests that Node's parser refuses
// (an over-long URL, a broken request line, a body shorter or longer than its Content-Length) into the same
// `{error:{code,message}}` body as every other error, instead of an empty response.
import { once } from 'node:events';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError } from '../domain/errors.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface BoundServer {
  server: Server;
  port: number;
  /** Start answering with the app (until then every request gets 503 `starting`). */
  serve(handler: Handler): void;
}

/** The port is in use or not ours to bind: a start-up error with a message that says what to do. */
export class PortError extends AppError {
  override readonly code = 'port_unavailable';
  override readonly exitCode = 2;
}

/** Node's limit for the request line and headers together (its default, stated so the message can quote it). */
const MAX_HEADER_BYTES = 16 * 1024;

export async function bindServer(port: number, host: string): Promise<BoundServer> {
  let current: Handler = (_req, res) => writeError(res, 503, 'starting', 'the service is starting; try again in a moment');
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => current(req, res));
  server.on('clientError', answerClientError);
  server.listen(port, host);
  try {
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([e]) => Promise.reject(e as Error))]);
  } catch (e) {
    throw portError(e as NodeJS.ErrnoException, port, host);
  }
  const address = server.address();
  return {
    server,
    port: typeof address === 'object' && address ? address.port : port,
    serve: (handler) => void (current = handler),
  };
}

function portError(e: NodeJS.ErrnoException, port: number, host: string): AppError {
  if (e.code === 'EADDRINUSE') return new PortError(`port ${port} on ${host} is already in use: stop the other process or set PORT`);
  if (e.code === 'EACCES') return new PortError(`no permission to listen on port ${port} on ${host}: use a port above 1023 or set PORT`);
  return new PortError(`cannot listen on ${host}:${port}: ${e.code ?? e.message}`);
}

/** Errors of Node's HTTP parser, before any route runs. */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const [status, code, message] = err.code === 'HPE_HEADER_OVERFLOW'
    ? [414, 'too_long', `the URL and headers are over ${MAX_HEADER_BYTES / 1024} kB`] as const
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'timeout', 'the request took too long to arrive'] as const
      : [400, 'bad_request', 'malformed HTTP request (request line, headers or Content-Length)'] as const;
  const body = JSON.stringify({ error: { code, message } });
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n`
    + `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

function writeError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' });
  res.end(JSON.stringify({ error: { code, message } }));
}
