import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { attributeFile, largestModules, moduleName } from '../../scripts/size/source-map-modules'

test.each([
  ['webpack://app/../main/node_modules/@tarojs/runtime/dist/index.js', '@tarojs/runtime'],
  ['webpack://app/./node_modules/react-dom/cjs/react-dom.production.min.js', 'react-dom'],
  ['webpack://app/./src/lib/cloud.ts', 'src/lib/cloud.ts'],
  ['webpack://app/.._main_node_modules_@nutui_icons-react-taro_dist_es_icons_Cart.js', '@nutui/icons-react-taro'],
  ['webpack://app/._src_components_price_format-fen.ts', 'src/components/price/format-fen.ts'],
  ['webpack://app/.._src_hydrate.ts', 'Taro runtime src/hydrate.ts'],
])('%s is counted as %s', (source, name) => {
  expect(moduleName(source)).toBe(name)
})

test('every byte of a minified bundle is attributed, the big module first', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-map-modules-'))
  fs.mkdirSync(path.join(dir, 'src'))
  fs.writeFileSync(path.join(dir, 'src', 'big.js'), `export const big = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `item-${i}`))}\n`)
  fs.writeFileSync(path.join(dir, 'src', 'small.js'), 'export const small = (x) => x + 1\n')
  fs.writeFileSync(path.join(dir, 'src', 'entry.js'), "import { big } from './big'\nimport { small } from './small'\nconsole.log(big.length, small(1))\n")
  buildSync({ entryPoints: [path.join(dir, 'src', 'entry.js')], bundle: true, minify: true, sourcemap: 'external', outfile: path.join(dir, 'out', 'app.js'), absWorkingDir: dir, logLevel: 'silent' })

  const bytes = attributeFile(path.join(dir, 'out', 'app.js'))
  const total = [...bytes.values()].reduce((a, b) => a + b, 0)
  expect(total).toBe(fs.readFileSync(path.join(dir, 'out', 'app.js'), 'utf8').replace(/\n/g, '').length)
  const top = largestModules(path.join(dir, 'out'), ['app.js'], 2)
  expect(top[0].module).toMatch(/src\/big\.js$/)
  expect(top[0].bytes).toBeGreaterThan(3000)
  expect([...bytes.keys()].some((k) => /src\/small\.js$/.test(k))).toBe(true)
})
