import http from 'node:http';

export interface Backend {
  port: number;
  /** Requests sent to it and not yet answered. */
  inFlight: number;
  /** Set when a connection to it is refused; requests then go to the others. */
  down: boolean;
  /** Requests it was sent that failed (it died while they were queued or running). */
  failed: number;
}

export interface Balancer {
  port: number;
  backends: Backend[];
  /** Requests that failed after reaching a backend (the backend died while answering). */
  failedInFlight: number;
  close: () => Promise<void>;
}

/**
 * A round-robin HTTP balancer for the cluster benchmark, behaving like nginx's `proxy_next_upstream error`: a
 * backend that refuses the connection is marked down and the request goes to the next one (bodies are small and
 * buffered, so a request never delivered can be resent); a backend that dies while answering fails that request.
 */
export async function startBalancer(ports: number[]): Promise<Balancer> {
  const backends: Backend[] = ports.map((port) => ({ port, inFlight: 0, down: false, failed: 0 }));
  let next = 0;
  const state = { failedInFlight: 0 };
  const pick = () => {
    for (let i = 0; i < backends.length; i++) {
      const backend = backends[next++ % backends.length];
      if (!backend.down) return backend;
    }
    return undefined;
  };
  // A fresh connection per request (as nginx does without `keepalive`): a dead backend then refuses it cleanly.
  const agent = new http.Agent({ keepAlive: false });
  const forward = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, tries: number) => {
    const backend = pick();
    if (!backend) return res.writeHead(503).end();
    backend.inFlight++;
    let settled = false;
    const settle = (failed: boolean) => {
      if (settled) return;
      settled = true;
      backend.inFlight--;
      if (!failed) return;
      backend.failed++;
      state.failedInFlight++;
    };
    const upstream = http.request(
      { host: '127.0.0.1', port: backend.port, method: req.method, path: req.url, headers: { ...req.headers, connection: 'close' }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => settle(false));
        answer.on('error', () => {
          settle(true);
          res.destroy();
        });
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (res.headersSent) return settle(true);
      // Refused: nothing was delivered, that backend is gone, resend elsewhere. Any other error may have hit a
      // request the backend was already running, which is not resent (it may have been a write).
      if (error.code === 'ECONNREFUSED' && tries < backends.length) {
        settle(false);
        backend.down = true;
        return forward(req, body, res, tries + 1);
      }
      settle(true);
      res.writeHead(502).end();
    });
    upstream.end(body);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => forward(req, Buffer.concat(chunks), res, 0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    backends,
    get failedInFlight() {
      return state.failedInFlight;
    },
    close: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
