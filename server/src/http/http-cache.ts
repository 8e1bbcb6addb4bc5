import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Anonymous GET requests with an automatic persisted query (a short URL that nginx or a CDN can key on) that
 * answered without errors may be cached by anyone for `maxAge` seconds and revalidated by ETag; an answer can
 * therefore be up to `maxAge` seconds behind a write. Anything carrying credentials is never stored.
 * Returns the body to send (empty for a 304).
 */
export function cacheHeaders(request: FastifyRequest, reply: FastifyReply, body: string, maxAge: number): string {
  void reply.header('vary', 'Authorization, Accept-Encoding');
  if (request.headers.authorization) {
    void reply.header('cache-control', 'private, no-store');
    return body;
  }
  const query = request.query as Record<string, string | undefined>;
  const persisted = request.method === 'GET' && query.extensions?.includes('persistedQuery');
  // A quote inside a JSON string is escaped, so '"errors":' can only be the top-level key (no type has such a field).
  if (!persisted || reply.statusCode !== 200 || body.includes('"errors":')) {
    void reply.header('cache-control', 'no-store');
    return body;
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  void reply.header('cache-control', `public, max-age=${maxAge}`).header('etag', etag);
  const presented = request.headers['if-none-match']?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (!presented?.includes(etag)) return body;
  void reply.code(304);
  return '';
}
