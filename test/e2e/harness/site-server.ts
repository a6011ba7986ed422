/**
 * One local server that plays every website the tests visit. It answers, on one port:
 *  - plain HTTP, and TLS with a self-signed certificate (the first byte 0x16 tells them
 *    apart), for Chromium, which maps every hostname here with --host-resolver-rules;
 *  - HTTP-proxy requests (absolute-form URLs and CONNECT tunnels) for Firefox, which has
 *    no host-resolver flag and reaches the same sites through it as a proxy.
 * Pages are looked up by hostname and path in a route table, so site-specific code in
 * the extension runs as it would on the real site. Every request is logged, which the
 * privacy test reads to prove the extension made none of its own.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { generate } from 'selfsigned';

export interface Route {
  readonly status?: number;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
  readonly body: string | Buffer;
}

export type RouteHandler = (request: IncomingMessage, body: string) => Route | undefined;

export interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  readonly host: string;
  readonly body: string;
  readonly time: number;
}

export class SiteServer {
  readonly requests: LoggedRequest[] = [];
  private readonly routes = new Map<string, Route | RouteHandler>();
  private net: NetServer | null = null;
  private readonly http = createHttpServer((req, res) => void this.answer(req, res, 'http'));
  private tls: TlsServer | null = null;
  port = 0;

  /** Serves `route` at `url` (scheme ignored: both http and https get it). */
  add(url: string, route: Route | RouteHandler): void {
    this.routes.set(routeKey(new URL(url)), route);
  }

  /** Serves an HTML page at `url`. */
  page(url: string, html: string): void {
    this.add(url, { body: html });
  }

  requestsTo(host: string): LoggedRequest[] {
    return this.requests.filter((r) => r.host === host);
  }

  async start(): Promise<void> {
    const pems = await generate([{ name: 'commonName', value: 'kaspersky-warning-test' }], { keyType: 'ec', curve: 'P-256' });
    this.tls = createTlsServer({ key: pems.private, cert: pems.cert }, (req, res) => void this.answer(req, res, 'https'));
    this.net = createNetServer((socket) => this.dispatch(socket));
    await new Promise<void>((resolve) => this.net!.listen(0, '127.0.0.1', resolve));
    const address = this.net.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    // A CONNECT tunnel becomes a TLS (or plain) connection handled by the same dispatcher.
    this.http.on('connect', (_req: IncomingMessage, socket: Socket, head: Buffer) => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) socket.unshift(head);
      this.dispatch(socket);
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.net ? this.net.close(() => resolve()) : resolve()));
    this.http.closeAllConnections();
    this.tls?.closeAllConnections();
  }

  private dispatch(socket: Socket): void {
    socket.on('error', () => socket.destroy());
    socket.once('readable', () => {
      const first: Buffer | null = socket.read(1);
      if (!first) return void socket.destroy();
      socket.unshift(first);
      const target = first[0] === 0x16 ? this.tls! : this.http;
      target.emit('connection', socket);
    });
  }

  private async answer(req: IncomingMessage, res: ServerResponse, scheme: 'http' | 'https'): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    // Proxy requests carry an absolute URL; direct ones a path plus a Host header.
    const url = /^https?:\/\//.test(req.url ?? '') ? new URL(req.url!) : new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    this.requests.push({ method: req.method ?? 'GET', url: url.href, host: url.hostname, body, time: Date.now() });
    const entry = this.routes.get(routeKey(url)) ?? this.routes.get(routeKey(url, false));
    const route = typeof entry === 'function' ? entry(req, body) : entry;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    res.writeHead(route.status ?? 200, {
      'content-type': route.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...route.headers,
    });
    res.end(route.body);
  }
}

function routeKey(url: URL, withSearch = true): string {
  return `${url.hostname}${url.pathname}${withSearch ? url.search : ''}`;
}
