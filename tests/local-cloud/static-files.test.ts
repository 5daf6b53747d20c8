import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { serveStatic } from '../../local-cloud/static-files'
import { precompress } from '../../scripts/precompress'

let dir: string
let server: http.Server
let base: string
const appJs = `console.log(${JSON.stringify('鲜果会员 '.repeat(2000))})`

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'))
  fs.mkdirSync(path.join(dir, 'js'))
  fs.writeFileSync(path.join(dir, 'index.html'), `<html><body>${'<div>首页</div>'.repeat(200)}</body></html>`)
  fs.writeFileSync(path.join(dir, 'js', 'app.1a2b.js'), appJs)
  fs.writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  precompress(dir)
  server = http.createServer((req, res) => serveStatic([dir], new URL(req.url ?? '/', 'http://x').pathname, res, String(req.headers['accept-encoding'] ?? '')))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => {
  server.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A raw GET: node's fetch would decode the body and hide the encoding. */
const get = (route: string, acceptEncoding?: string) =>
  new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(`${base}${route}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject)
    })
  })

test('the build step writes brotli and gzip twins of text assets, not of images', () => {
  expect(fs.existsSync(path.join(dir, 'js', 'app.1a2b.js.br'))).toBe(true)
  expect(fs.existsSync(path.join(dir, 'js', 'app.1a2b.js.gz'))).toBe(true)
  expect(fs.existsSync(path.join(dir, 'logo.png.br'))).toBe(false)
})

test.each([
  ['br, gzip, deflate', 'br', (b: Buffer) => zlib.brotliDecompressSync(b)],
  ['gzip, deflate', 'gzip', (b: Buffer) => zlib.gunzipSync(b)],
  ['gzip, br;q=0', 'gzip', (b: Buffer) => zlib.gunzipSync(b)],
])('Accept-Encoding %s gets %s, which decodes to the file', async (accept, encoding, decode) => {
  const { headers, body } = await get('/js/app.1a2b.js', accept)
  expect(headers['content-encoding']).toBe(encoding)
  expect(headers.vary).toBe('Accept-Encoding')
  expect(headers['cache-control']).toContain('immutable')
  expect(body.length).toBeLessThan(Buffer.byteLength(appJs) / 5)
  expect(decode(body).toString()).toBe(appJs)
})

test('a client that accepts no encoding gets the plain file', async () => {
  const { headers, body } = await get('/js/app.1a2b.js')
  expect(headers['content-encoding']).toBeUndefined()
  expect(body.toString()).toBe(appJs)
})

test('the app shell (any unknown path) is compressed too and never cached', async () => {
  const { headers, body } = await get('/pages/home/index', 'br')
  expect(headers['content-encoding']).toBe('br')
  expect(headers['cache-control']).toBe('no-cache')
  expect(zlib.brotliDecompressSync(body).toString()).toContain('首页')
})
