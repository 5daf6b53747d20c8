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

const isFile = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile()

/** Serves from the first root that has the file; anything else gets the app's index.html. */
export function serveStatic(roots: string[], urlPath: string, res: ServerResponse): void {
  if (!roots.length) {
    res.writeHead(404).end('no H5 build to serve: run npm run build:h5')
    return
  }
  let clean: string
  try {
    clean = path.normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '')
  } catch {
    res.writeHead(400).end()
    return
  }
  const candidates = roots.map((root) => path.resolve(root, clean))
  if (candidates.some((file, i) => !file.startsWith(path.resolve(roots[i])))) {
    res.writeHead(403).end()
    return
  }
  const file = candidates.find(isFile) ?? path.resolve(roots[0], 'index.html')
  if (!isFile(file)) {
    res.writeHead(404).end('not found: run npm run build:h5')
    return
  }
  const ext = path.extname(file)
  // Hashed assets can be cached for good; index.html must always be fresh.
  const cache = ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable'
  res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': cache })
  fs.createReadStream(file).pipe(res)
}
