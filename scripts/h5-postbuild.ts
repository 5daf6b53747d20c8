/** After the H5 build (`npm run build:h5`, `npm start`): preload the landing's chunks, then precompress. */
import path from 'node:path'
import { preloadFirstScreen } from './h5-first-screen'
import { precompress } from './precompress'

export function finishH5Build(dir: string) {
  const preloaded = preloadFirstScreen(dir)
  return { preloaded, ...precompress(dir) }
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', process.env.H5_OUT || process.argv[2] || 'dist-h5')
  const t = finishH5Build(dir)
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  console.log(`preloaded ${t.preloaded.join(', ')}`)
  console.log(`precompressed ${t.files} files in ${path.relative(process.cwd(), dir) || dir}: ${kb(t.rawBytes)} → brotli ${kb(t.brBytes)}, gzip ${kb(t.gzipBytes)}`)
}
