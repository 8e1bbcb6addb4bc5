import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { guardSchema } from './auth/permissions';
import { SignInThrottle } from './auth/sign-in-throttle';
import { stringifyResult } from './kernel/data/exact-answers';
import { TokenService } from './auth/tokens';
import { type Clock, systemClock } from './common/clock';
import { formatError } from './common/format-error';
import { queryLimits } from './common/query-limits';
import { repoRoot } from './common/repo-root';
import { createContext, type Context, type Services } from './context';
import { withReadRouting } from './db/read-routing';
import { adminConsole } from './http/admin-console';
import { errorHandler, primaryAfterWrite, sendRouteError } from './http/http-errors';
import { cacheHeaders } from './http/http-cache';
import { createLogger, type Logger } from './http/logger';
import { requestErrorsPlugin } from './http/request-errors';
import { routes } from './http/routes';
import { jitGateway } from './app/jit-executor';
import { MAX_UPLOAD_BODY_BYTES, multipartOperations } from './modules/document-io/upload';
import { registerSecurity } from './http/security';
import { createSchema } from './schema-builder';
import { validateIdArguments } from './common/ids';
import { checkedInWrite } from './kernel/data/write';
import { auditOtherMutations } from './modules/audit/audit-trail';
import { authenticate } from './modules/session/authenticate';
import { forgetChangedPrincipals, PRINCIPAL_CHANGES } from './modules/session/principal-changes';
import { PrincipalCache } from './auth/principal-cache';
import { readSettings, type Settings } from './settings';

export const MAX_BODY_BYTES = 1_000_000;

export interface App {
  server: FastifyInstance['server'];
  url: string;
  stop: () => Promise<void>;
}

export interface AppOptions {
  port?: number;
  /** Key for session tokens, at least 32 bytes; a random one (sessions end with the process) when absent. */
  jwtSecret?: string;
  /**
   * Field rules on (the default). Only the benchmark turns them off, to measure what they cost;
   * row scopes stay on either way.
   */
  fieldRules?: boolean;
  /** Read from the environment when absent. */
  settings?: Settings;
  /** JSON-lines logger; tests pass one that keeps the lines. */
  logger?: Logger;
  /** The built console (admin/dist by default). */
  adminDir?: string;
  /** The time deadlines are measured against; tests pass a fixed one. */
  clock?: Clock;
}

/** The HTTP server: `/graphql` for every client, the built console at `/admin`, the plain routes of http/routes.ts. */
export async function startApp(orm: MikroORM, options: AppOptions = {}): Promise<App> {
  const { port = 0, jwtSecret = randomBytes(48).toString('base64url'), fieldRules = true, clock = systemClock } = options;
  const settings = options.settings ?? readSettings();
  const services: Services = {
    tokens: new TokenService(jwtSecret),
    signIns: new SignInThrottle(orm.config.get('clientUrl')),
    principals: new PrincipalCache(settings.listenUrl ?? orm.config.get('clientUrl'), PRINCIPAL_CHANGES),
    clock,
  };
  await services.principals.start();
  forgetChangedPrincipals(orm, services.principals);
  const app = Fastify({
    loggerInstance: options.logger ?? createLogger(),
    bodyLimit: MAX_BODY_BYTES,
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names; otherwise the peer address counts.
    trustProxy: settings.trustProxy.length ? settings.trustProxy : false,
    genReqId: () => randomUUID(),
    // The request id is ours; a client cannot choose the id its errors are logged under.
    requestIdHeader: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.setErrorHandler(errorHandler);
  await registerSecurity(app, settings);
  // File uploads (the GraphQL multipart request spec) arrive as the operations object with each file in place.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BODY_BYTES }, (request, body, done) => {
    multipartOperations(body as Buffer, request.headers['content-type'] ?? '').then(
      (operations) => done(null, operations),
      (error: Error) => done(error),
    );
  });

  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    // Queries run through graphql-jit (compiled once per document); see app/jit-executor.ts.
    gateway: jitGateway(validateIdArguments(auditOtherMutations(fieldRules ? guardSchema(schema) : schema, checkedInWrite))),
    formatError,
    // Root fields answered exactly are written out as PostgreSQL built them (kernel/data/exact-answers.ts).
    stringifyResult,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    introspection: settings.introspection,
    // Credentials travel only in the Authorization header, never in cookies, so a cross-site form cannot act for
    // a user; the check would also refuse the portal's plain persisted-query GETs.
    csrfPrevention: false,
    // Cache hints are unused here, and the cache-control plugin would wrap every field's resolver to collect them.
    plugins: [
      ...queryLimits.plugins,
      requestErrorsPlugin,
      primaryAfterWrite,
      ApolloServerPluginCacheControlDisabled(),
      fastifyApolloDrainPlugin(app),
    ],
    validationRules: queryLimits.validationRules,
    parseOptions: queryLimits.parseOptions,
  });
  await apollo.start();

  /** One context per request, for GraphQL and the plain routes alike. */
  const requestContext = async (request: FastifyRequest): Promise<Context> => {
    const em = orm.em.fork();
    const auth = await authenticate(em, services, request.headers.authorization);
    return createContext(em, services, auth, { clientAddress: request.ip, requestId: request.id, log: request.log });
  };

  const graphql = fastifyApolloHandler(apollo, { context: requestContext });
  app.route<{ Reply: string }>({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: (request, reply) =>
      withReadRouting(async () => {
        const body = await graphql.call(app, request, reply);
        // A streamed (incremental) answer has been sent already and is never cached.
        return typeof body === 'string' ? cacheHeaders(request, reply, body, settings.publicCacheSeconds) : body;
      }),
  });
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.path,
      handler: async (request, reply) => {
        // The route streams to the raw response; headers set so far (security, CORS, request id) go with it.
        reply.hijack();
        for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
        const url = new URL(request.url, 'http://localhost');
        const context = () => requestContext(request);
        await withReadRouting(() => route.handler({ url, params: request.params as Record<string, string>, context }, reply.raw)).catch(
          (error: unknown) => sendRouteError(request, reply.raw, error),
        );
      },
    });
  }
  app.get('/health', async () => ({ ok: true }));
  app.get('/', async (_request, reply) => reply.redirect('/admin/'));
  await app.register(adminConsole, { prefix: '/admin', root: options.adminDir ?? path.join(repoRoot(), 'admin', 'dist') });
  app.setNotFoundHandler(async (_request, reply) => reply.code(404).send({ error: 'Không tìm thấy.' }));

  await app.listen({ port, host: '0.0.0.0' });
  const address = app.server.address() as { port: number };
  return {
    server: app.server,
    url: `http://127.0.0.1:${address.port}/graphql`,
    // Apollo drains first: it closes the HTTP server (waiting for requests in flight), then stops itself.
    stop: async () => {
      await apollo.stop();
      await Promise.all([services.signIns.close(), services.principals.close()]);
    },
  };
}
