/**
 * Serves the H5 build, so that one URL is the whole product. Text assets are sent
 * precompressed (brotli, else gzip, made at build by scripts/precompress.ts) when the
 * browser accepts them: compressing on every request would cost CPU the host needs.
 */
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

/** What the build precompresses, in the order a browser's preference is tried. */
export const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const

const isFile = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile()

function accepts(acceptEncoding: string, name: string): boolean {
  return acceptEncoding
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([token, ...params]) => token === name && !params.some((p) => /^q=0(\.0*)?$/.test(p.trim())))
}

/** Serves from the first root that has the file; anything else gets the app's index.html. */
export function serveStatic(roots: string[], urlPath: string, res: ServerResponse, acceptEncoding = ''): void {
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
  const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': cache }
  const encoding = ENCODINGS.find((e) => accepts(acceptEncoding, e.name) && isFile(file + e.ext))
  if (ENCODINGS.some((e) => isFile(file + e.ext))) headers.vary = 'Accept-Encoding'
  if (encoding) headers['content-encoding'] = encoding.name
  res.writeHead(200, headers)
  fs.createReadStream(encoding ? file + encoding.ext : file).pipe(res)
}
