import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { firstScreenFiles, preloadFirstScreen } from '../../scripts/h5-first-screen'

/** A dist-h5 in miniature: index.html, the app chunk's route table, the landing's chunks. */
function fixture() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-first-screen-'))
  fs.mkdirSync(path.join(dir, 'js'))
  fs.mkdirSync(path.join(dir, 'css'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<html><head><script defer="defer" src="/js/214.aa.js"></script><script defer="defer" src="/js/app.bb.js"></script></head><body></body></html>')
  fs.writeFileSync(path.join(dir, 'js', 'app.bb.js'), '[{"path":"pages/home/index","load":function load(a,u){return[w.e(60).then(w.bind(w,2060)),a,u]}},{"path":"pages/mine/index","load":function load(a,u){return[w.e(948).then(w.bind(w,948)),a,u]}}]')
  for (const f of ['js/214.aa.js', 'js/60.cc.js', 'js/948.dd.js', 'css/60.ee.css', 'css/948.ff.css']) fs.writeFileSync(path.join(dir, f), '')
  return dir
}

test('the landing page is found in the route table, with its script and style chunks only', () => {
  const dir = fixture()
  expect(firstScreenFiles(dir)).toEqual({ entries: ['js/214.aa.js', 'js/app.bb.js'], pageScripts: ['js/60.cc.js'], pageStyles: ['css/60.ee.css'] })
})

test('index.html preloads the landing chunks once, however often the step runs', () => {
  const dir = fixture()
  preloadFirstScreen(dir)
  preloadFirstScreen(dir)
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8')
  expect(html.match(/<link[^>]*>/g)).toEqual(['<link data-first-screen rel="preload" as="script" href="/js/60.cc.js">', '<link data-first-screen rel="preload" as="style" href="/css/60.ee.css">'])
  expect(html.indexOf('<link')).toBeLessThan(html.indexOf('</head>'))
})

test('a build whose app chunk has no landing route fails loudly', () => {
  const dir = fixture()
  fs.writeFileSync(path.join(dir, 'js', 'app.bb.js'), '[]')
  expect(() => preloadFirstScreen(dir)).toThrow('pages/home/index route not found')
})
