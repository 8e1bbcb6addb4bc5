import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { authenticate } from './modules/session/authenticate';
import { LoginThrottle } from './auth/login-throttle';
import { guardSchema } from './auth/permissions';
import { TokenService } from './auth/tokens';
import { type Clock, systemClock } from './common/clock';
import { formatError } from './common/format-error';
import { validateIdArguments } from './common/ids';
import { checkedInWrite } from './kernel/data/write';
import { auditOtherMutations } from './modules/audit/audit-trail';
import { limitsPlugin } from './common/limits';
import { repoRoot } from './common/repo-root';
import { staticApp } from './common/static-files';
import { createContext, type Context, type Services } from './context';
import { handleExport, isExportPath } from './modules/budget/budget-export.route';
import { handleCalendar, isCalendarPath } from './modules/calendar/calendar.route';
import { handleDocumentExport, isDocumentExportPath } from './modules/document-io/export.route';
import { isMultipart, MAX_UPLOAD_BODY_BYTES, multipartOperations } from './modules/document-io/upload';
import { createSchema } from './schema-builder';

export const MAX_BODY_BYTES = 1_000_000;
export const MAX_TOKENS = 20_000;

export interface App {
  server: http.Server;
  url: string;
  stop: () => Promise<void>;
}

/** Bodies past this are cut off without waiting for the 413 to be read. */
const MAX_DRAINED_BYTES = 16 * MAX_BODY_BYTES;

/**
 * Reads a body of at most MAX_BODY_BYTES. A larger one is read to its end but not kept, so the client
 * (which is still sending) receives the 413 instead of a reset connection; past MAX_DRAINED_BYTES the
 * connection is simply closed.
 */
function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > Math.max(MAX_DRAINED_BYTES, 2 * limit)) req.destroy();
    });
    req.on('end', () => (size > limit ? reject(Object.assign(new Error('body too large'), { status: 413, limit })) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function redirect(res: http.ServerResponse, location: string) {
  res.writeHead(302, { location });
  res.end();
}

export interface AppOptions {
  port?: number;
  /** Key for session tokens; a random one (sessions end with the process) when absent. */
  jwtSecret?: string;
  /**
   * Field rules on (the default). Only the benchmark turns them off, to measure what they cost;
   * row scopes stay on either way.
   */
  fieldRules?: boolean;
  /** The time deadlines are measured against; tests pass a fixed one. */
  clock?: Clock;
}

/** The HTTP server: `/graphql` for every client, the built console at `/admin`; later routes hang off the same handler. */
export async function startApp(orm: MikroORM, options: AppOptions = {}): Promise<App> {
  const { port = 0, jwtSecret = randomBytes(48).toString('base64url'), fieldRules = true, clock = systemClock } = options;
  const services: Services = { tokens: new TokenService(jwtSecret), accounts: new LoginThrottle(5), addresses: new LoginThrottle(50), clock };
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    schema: validateIdArguments(auditOtherMutations(fieldRules ? guardSchema(schema) : schema, checkedInWrite)),
    formatError,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    introspection: true,
    // Cache hints are unused here, and the cache-control plugin would wrap every field's resolver to collect them.
    plugins: [limitsPlugin, ApolloServerPluginCacheControlDisabled()],
    // A parser bound so a huge document is refused before validation walks it.
    parseOptions: { maxTokens: MAX_TOKENS },
  });
  await apollo.start();

  /** One context per request, for GraphQL and the export routes alike. */
  const requestContext = async (req: http.IncomingMessage) => {
    const em = orm.em.fork();
    const auth = await authenticate(em, services.tokens, req.headers.authorization);
    return createContext(em, services, auth, req.socket.remoteAddress ?? 'unknown');
  };

  const graphql = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value);
    let body: unknown = undefined;
    if (isMultipart(req.headers['content-type'])) {
      // A file upload (importDocument): the operations are JSON again once the files are put in their variables.
      body = await multipartOperations(await readBody(req, MAX_UPLOAD_BODY_BYTES), req.headers['content-type']!).catch(() => undefined);
      if (!body) return sendJson(res, 400, { errors: [{ message: 'Yêu cầu multipart không đúng đặc tả (thiếu "operations" hoặc "map").', extensions: { code: 'BAD_REQUEST' } }] });
      headers.set('content-type', 'application/json');
    } else {
      const raw = req.method === 'POST' ? (await readBody(req)).toString('utf8') : '';
      if (raw) {
        try { body = JSON.parse(raw); } catch { return sendJson(res, 400, { errors: [{ message: 'Nội dung yêu cầu không phải JSON hợp lệ.', extensions: { code: 'BAD_REQUEST' } }] }); }
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => requestContext(req),
    });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') res.end(result.body.string);
    else { for await (const chunk of result.body.asyncIterator) res.write(chunk); res.end(); }
  };

  const adminConsole = staticApp(path.join(repoRoot(), 'admin', 'dist'), '/admin');

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = url.pathname === '/graphql' ? graphql(req, res, url)
      : url.pathname === '/health' ? Promise.resolve(sendJson(res, 200, { ok: true }))
      : req.method === 'GET' && isExportPath(url.pathname) ? handleExport(res, url, () => requestContext(req))
      : req.method === 'GET' && isCalendarPath(url.pathname) ? handleCalendar(res, url.pathname, orm.em.fork(), clock)
      : req.method === 'GET' && isDocumentExportPath(url.pathname) ? handleDocumentExport(res, url, () => requestContext(req))
      : url.pathname === '/admin' || url.pathname.startsWith('/admin/') ? Promise.resolve(adminConsole(res, url.pathname))
      : url.pathname === '/' ? Promise.resolve(redirect(res, '/admin/'))
      : Promise.resolve(sendJson(res, 404, { error: 'Không tìm thấy.' }));
    route.catch((error: { status?: number; limit?: number }) => {
      if (res.headersSent) return res.end();
      if (error.status === 413) return sendJson(res, 413, { errors: [{ message: `Yêu cầu vượt quá ${error.limit ?? MAX_BODY_BYTES} byte.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      sendJson(res, 500, { errors: [{ message: 'Lỗi máy chủ.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '0.0.0.0', resolve));
  const address = server.address() as { port: number };
  return {
    server,
    url: `http://127.0.0.1:${address.port}/graphql`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
