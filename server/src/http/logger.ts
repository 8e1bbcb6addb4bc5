import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';

/** pino's logger as Fastify hands it to each request (a child carrying `reqId`). */
export type Logger = FastifyBaseLogger;

/**
 * JSON lines on standard output. LOG_LEVEL sets the level; tests run silent unless they pass their own logger.
 * Authorization headers never reach a log line.
 */
export function createLogger(): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');
  return pino({ level, redact: ['req.headers.authorization', 'headers.authorization'] });
}
