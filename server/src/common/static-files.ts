import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves a built single-page app under `prefix` (e.g. `/admin`): files by their extension's content type, every
 * other path falls back to index.html so client-side routes survive a reload. Paths are resolved inside `root`
 * only; `..` and encoded tricks cannot reach the rest of the disk.
 */
export function staticApp(root: string, prefix: string) {
  const rootDir = path.resolve(root);
  const send = (res: http.ServerResponse, file: string, cache: string) => {
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' });
    fs.createReadStream(file).pipe(res);
  };
  return (res: http.ServerResponse, pathname: string) => {
    if (pathname === prefix) {
      res.writeHead(301, { location: `${prefix}/` });
      return res.end();
    }
    const index = path.join(rootDir, 'index.html');
    if (!fs.existsSync(index)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Chưa dựng giao diện quản trị: chạy "npm run admin:build".');
    }
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length + 1));
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Đường dẫn không hợp lệ.');
    }
    const file = path.resolve(rootDir, relative);
    const inside = file === rootDir || file.startsWith(rootDir + path.sep);
    if (inside && !relative.includes('\0') && fs.existsSync(file) && fs.statSync(file).isFile()) {
      // Vite puts a content hash in every asset name, so those never change; index.html must always be re-read.
      return send(res, file, relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    if (!inside || path.extname(relative)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Không tìm thấy.');
    }
    send(res, index, 'no-cache');
  };
}
