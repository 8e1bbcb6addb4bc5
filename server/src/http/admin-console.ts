import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';

/** Vite puts a content hash in every asset name, so those never change; index.html must always be re-read. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built console under the plugin's prefix (`/admin`): files from `root`, and index.html for every other path
 * without an extension so client-side routes survive a reload.
 */
export const adminConsole: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  const built = () => fs.existsSync(path.join(root, 'index.html'));
  await app.register(fastifyStatic, {
    root,
    redirect: true,
    cacheControl: false,
    setHeaders: (res, file) =>
      void res.setHeader('cache-control', path.relative(root, file).startsWith(`assets${path.sep}`) ? IMMUTABLE : 'no-cache'),
  });
  // RFC 9239's type for scripts; @fastify/send's mime table still says application/javascript.
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 200 && /\.m?js$/.test(request.url.split('?')[0]))
      void reply.header('content-type', 'text/javascript; charset=utf-8');
    return payload;
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (!built())
      return reply.code(503).type('text/plain; charset=utf-8').send('Chưa dựng giao diện quản trị: chạy "npm run admin:build".');
    if (path.extname(new URL(request.url, 'http://localhost').pathname))
      return reply.code(404).type('text/plain; charset=utf-8').send('Không tìm thấy.');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
};
