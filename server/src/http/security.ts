import compress from '@fastify/compress';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Settings } from '../settings';

/**
 * What the react-admin console needs and nothing more: its own scripts, MUI's injected <style> tags
 * ('unsafe-inline' for styles only), data: images and fonts, and the API on the same origin. No framing.
 */
export const CONSOLE_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** Security headers (the console's CSP on every answer; it costs JSON nothing), CORS for CORS_ORIGINS, compression. */
export async function registerSecurity(app: FastifyInstance, settings: Settings): Promise<void> {
  await app.register(helmet, { contentSecurityPolicy: CONSOLE_CSP });
  await app.register(cors, {
    // Only the listed origins (the provincial portal); any other origin gets no CORS headers, so browsers refuse it.
    origin: settings.corsOrigins.length ? settings.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['x-request-id', 'etag', 'content-disposition'],
    maxAge: 600,
  });
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
}
