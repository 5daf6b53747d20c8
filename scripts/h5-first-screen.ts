/**
 * The H5 first screen: what index.html loads (the runtime and app chunks) and the chunks
 * of the page users land on (home, also the store-QR landing), found in the app chunk's
 * route table. After the build, index.html is given preload links for the landing page's
 * chunks, so that they download beside the app chunk instead of after it has run (one
 * round trip less on a slow network). `npm run build:h5` runs this, then precompresses.
 */
import fs from 'node:fs'
import path from 'node:path'

/** Marks the links this step adds, so that running it again replaces them. */
const MARK = 'data-first-screen'

export function firstScreenFiles(h5Dir: string, page = 'pages/home/index'): { entries: string[]; pageScripts: string[]; pageStyles: string[] } {
  const html = fs.readFileSync(path.join(h5Dir, 'index.html'), 'utf8')
  const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1])
  const app = entries.find((file) => /(^|\/)app\.[^/]*\.js$/.test(file))
  if (!app) throw new Error(`${h5Dir}/index.html loads no app chunk`)
  // The route table in app.js: {"path":"pages/home/index","load":function(){return[x.e(607)...
  const appSource = fs.readFileSync(path.join(h5Dir, app), 'utf8')
  const route = appSource.match(new RegExp(`"path":"${page}","load":function[^{]*\\{return\\[(.*?)\\.then\\(`))
  if (!route) throw new Error(`${page} route not found in the H5 app chunk`)
  const chunkIds = [...route[1].matchAll(/\.e\((\d+)\)/g)].map((m) => m[1])
  const find = (folder: string, ext: string, required: boolean) =>
    chunkIds.flatMap((id) => {
      const dir = path.join(h5Dir, folder)
      const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((name) => name.startsWith(`${id}.`) && name.endsWith(ext)) : undefined
      if (!file && required) throw new Error(`${page} chunk ${id} not found in ${folder}/`)
      return file ? [`${folder}/${file}`] : []
    })
  return { entries, pageScripts: find('js', '.js', true), pageStyles: find('css', '.css', false) }
}

/** Adds (or renews) preload links for the landing page's chunks in index.html. */
export function preloadFirstScreen(h5Dir: string): string[] {
  const file = path.join(h5Dir, 'index.html')
  const { pageScripts, pageStyles } = firstScreenFiles(h5Dir)
  const links = [...pageScripts.map((f) => `<link ${MARK} rel="preload" as="script" href="/${f}">`), ...pageStyles.map((f) => `<link ${MARK} rel="preload" as="style" href="/${f}">`)]
  const html = fs.readFileSync(file, 'utf8').replace(new RegExp(`<link ${MARK}[^>]*>`, 'g'), '')
  fs.writeFileSync(file, html.replace('</head>', `${links.join('')}</head>`))
  return [...pageScripts, ...pageStyles]
}
