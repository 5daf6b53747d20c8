/** Serves the H5 build, so that one URL is the whole product. */
import fs from 'node:fs'
import path from 'node:path'
import type { ServerResponse } from 'node:http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export function serveStatic(root: string | undefined, urlPath: string, res: ServerResponse): void {
  if (!root) {
    res.writeHead(404).end('no H5 build to serve: run npm run build:h5')
    return
  }
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '')
  let file = path.resolve(root, clean)
  if (!file.startsWith(path.resolve(root))) {
    res.writeHead(403).end()
    return
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html')
  if (!fs.existsSync(file)) {
    res.writeHead(404).end('not found')
    return
  }
  const ext = path.extname(file)
  // Hashed assets can be cached for good; index.html must always be fresh.
  const cache = ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable'
  res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': cache })
  fs.createReadStream(file).pipe(res)
}
