/**
 * After the H5 build: writes a brotli (.br) and a gzip (.gz) twin of every text asset,
 * so the local host (and any static server that looks for them) sends compressed bytes
 * without compressing per request. Files that do not shrink by 10% are left alone.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const TEXT = /\.(js|css|html|json|svg|txt)$/

function* filesUnder(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(full)
    else if (TEXT.test(entry.name)) yield full
  }
}

export function precompress(dir: string): { files: number; rawBytes: number; brBytes: number; gzipBytes: number } {
  const totals = { files: 0, rawBytes: 0, brBytes: 0, gzipBytes: 0 }
  for (const file of filesUnder(dir)) {
    const raw = fs.readFileSync(file)
    const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
    const gz = zlib.gzipSync(raw, { level: 9 })
    for (const [ext, bytes] of [['.br', br], ['.gz', gz]] as const) {
      if (bytes.length < raw.length * 0.9) fs.writeFileSync(file + ext, bytes)
      else fs.rmSync(file + ext, { force: true })
    }
    totals.files++
    totals.rawBytes += raw.length
    totals.brBytes += Math.min(br.length, raw.length)
    totals.gzipBytes += Math.min(gz.length, raw.length)
  }
  return totals
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', process.argv[2] ?? 'dist-h5')
  const t = precompress(dir)
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  console.log(`precompressed ${t.files} files in ${path.relative(process.cwd(), dir) || dir}: ${kb(t.rawBytes)} → brotli ${kb(t.brBytes)}, gzip ${kb(t.gzipBytes)}`)
}
