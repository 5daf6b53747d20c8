/**
 * What a bundle is made of, from its source maps: the bytes of each generated file
 * attributed to the source they came from (each mapping segment up to the next), grouped
 * by package for node_modules and by file for our own code. Works on the weapp or the H5
 * build made with BUNDLE_SOURCEMAP=1 (hidden source maps, code unchanged).
 */
import fs from 'node:fs'
import path from 'node:path'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes one line of a source map's `mappings` into [generatedColumn, sourceIndex?] pairs (absolute). */
function decodeLine(line: string, state: { source: number }): [number, number | undefined][] {
  const out: [number, number | undefined][] = []
  let column = 0
  for (const segment of line.split(',')) {
    if (!segment) continue
    const fields: number[] = []
    let value = 0
    let shift = 0
    for (const ch of segment) {
      const digit = B64.indexOf(ch)
      value += (digit & 31) << shift
      if (digit & 32) shift += 5
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
        value = 0
        shift = 0
      }
    }
    column += fields[0]
    if (fields.length > 1) {
      state.source += fields[1]
      out.push([column, state.source])
    } else out.push([column, undefined])
  }
  return out
}

/**
 * node_modules/@scope/name/… → @scope/name; our own files keep their path from src/. The
 * weapp build flattens paths (`.._main_node_modules_@nutui_icons-react-taro_…`); a path
 * relative to a package's own folder (`../src/hydrate.ts`) is one of Taro's runtime
 * packages, which ship their sources that way.
 */
export function moduleName(source: string): string {
  let clean = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/\?.*$/, '')
  if (!clean.includes('/') && /^\.+_/.test(clean)) clean = clean.split('node_modules').map((part) => part.replace(/_/g, '/')).join('node_modules')
  clean = clean.replace(/^\.\//, '')
  const nm = clean.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const parts = clean.slice(nm + 'node_modules/'.length).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  if (clean.startsWith('../src/')) return `Taro runtime ${clean.slice(3)}`
  return clean.startsWith('webpack/') || !clean.includes('/') ? `(webpack runtime) ${clean}` : clean
}

/** Bytes per module of one generated file, from `<file>.map`. */
export function attributeFile(file: string): Map<string, number> {
  const bytes = new Map<string, number>()
  const add = (name: string, n: number) => bytes.set(name, (bytes.get(name) ?? 0) + n)
  const code = fs.readFileSync(file, 'utf8')
  const mapFile = `${file}.map`
  if (!fs.existsSync(mapFile)) {
    add('(no source map)', Buffer.byteLength(code))
    return bytes
  }
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string }
  const lines = code.split('\n')
  const state = { source: 0 }
  map.mappings.split(';').forEach((mapped, i) => {
    const text = lines[i] ?? ''
    const segments = decodeLine(mapped, state)
    if (segments.length === 0 || segments[0][0] > 0) add('(unmapped)', Buffer.byteLength(text.slice(0, segments[0]?.[0] ?? text.length)))
    segments.forEach(([column, source], k) => {
      const end = k + 1 < segments.length ? segments[k + 1][0] : text.length
      add(source === undefined ? '(unmapped)' : moduleName(map.sources[source]), Buffer.byteLength(text.slice(column, end)))
    })
  })
  return bytes
}

/** The largest modules across the given generated files (paths relative to `dir`). */
export function largestModules(dir: string, files: string[], top = 10): { module: string; bytes: number }[] {
  const total = new Map<string, number>()
  for (const file of files) {
    for (const [name, n] of attributeFile(path.join(dir, file))) total.set(name, (total.get(name) ?? 0) + n)
  }
  return [...total].map(([module, bytes]) => ({ module, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, top)
}

/** The weapp main package's JavaScript: every .js outside the subpackage roots of app.json. */
export function weappMainPackageScripts(dir: string): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))
  const out: string[] = []
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const file = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!roots.some((root) => `${file}/`.startsWith(root))) walk(file)
      } else if (file.endsWith('.js')) out.push(file)
    }
  }
  walk('')
  return out
}
