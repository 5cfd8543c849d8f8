/** A tiny static file server for dist/ (127.0.0.1 only) and a gzip size measure. */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `dir` on 127.0.0.1:`port` (another free port if taken). Resolves to { url, close }.
 * By default nothing may be cached (`no-store`: every test load fetches the current
 * files). With `{ cache: true }` it answers as a typical static host does: the build's
 * hashed `assets/` may be kept for a year, every other file is revalidated by its ETag
 * (304 when unchanged).
 */
export function serveDir(dir, port, { cache = false } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.resolve(root, '.' + decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (!cache) return void res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      const hashed = /^\/assets\//.test(url.pathname);
      const headers = { 'content-type': type, etag, 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache' };
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const listen = (p) => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(p, '127.0.0.1', () => resolve(server.address().port));
  });
  return listen(port)
    .catch((err) => {
      if (err.code !== 'EADDRINUSE') throw err;
      return listen(0);
    })
    .then((p) => ({
      url: `http://127.0.0.1:${p}/`,
      close: () => new Promise((r) => server.close(() => r())),
    }));
}

/** Gzip size (level 9) of every file under `dir`: { total, files: [{ file, bytes, gzip }] }. */
export function gzipSizeOfDir(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const body = readFileSync(p);
        files.push({ file: path.relative(dir, p), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return { total: files.reduce((n, f) => n + f.gzip, 0), files };
}
