/**
 * Bundles each cloud function (`cloudfunctions/<fn>/index.ts`) with the domain and
 * contract code it uses into a deployable folder `build/cloudfunctions/<fn>/`:
 * index.js, package.json (wx-server-sdk pinned, installed by the cloud) and
 * config.json (openapi permissions, timer triggers). The local host loads exactly
 * these bundles. `--watch` rebuilds on change.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as esbuild from 'esbuild'

const ROOT = path.resolve(__dirname, '..')
const SOURCE = path.join(ROOT, 'cloudfunctions')
export const FUNCTIONS_OUT = path.join(ROOT, 'build', 'cloudfunctions')

/** Where a set of functions lives and where its bundles go. */
export interface FunctionTree {
  source: string
  out: string
}
export const APP_FUNCTIONS: FunctionTree = { source: SOURCE, out: FUNCTIONS_OUT }
const SDK_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['wx-server-sdk']

export function functionNames(tree: FunctionTree = APP_FUNCTIONS): string[] {
  return fs
    .readdirSync(tree.source)
    .filter((name) => !name.startsWith('_') && fs.existsSync(path.join(tree.source, name, 'index.ts')))
    .sort()
}

function writeManifest(name: string, tree: FunctionTree): void {
  const out = path.join(tree.out, name)
  const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': SDK_VERSION } }
  fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n')
  const configFile = path.join(tree.source, name, 'config.json')
  const config = fs.existsSync(configFile) ? fs.readFileSync(configFile, 'utf8') : JSON.stringify({ permissions: { openapi: [] } }, null, 2) + '\n'
  fs.writeFileSync(path.join(out, 'config.json'), config)
}

function options(name: string, tree: FunctionTree): esbuild.BuildOptions {
  return {
    entryPoints: [path.join(tree.source, name, 'index.ts')],
    outfile: path.join(tree.out, name, 'index.js'),
    bundle: true,
    platform: 'node',
    // CloudBase's Node.js 16 runtime is the oldest we deploy to.
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
    // Whitespace and syntax only: names stay, so a stack trace in the cloud console reads.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: false,
  }
}

export async function buildFunctions(tree: FunctionTree = APP_FUNCTIONS): Promise<string[]> {
  const names = functionNames(tree)
  fs.mkdirSync(tree.out, { recursive: true })
  await Promise.all(
    names.map(async (name) => {
      await esbuild.build(options(name, tree))
      writeManifest(name, tree)
    }),
  )
  return names
}

async function watchFunctions(tree: FunctionTree = APP_FUNCTIONS): Promise<void> {
  for (const name of functionNames(tree)) {
    const ctx = await esbuild.context(options(name, tree))
    await ctx.watch()
    writeManifest(name, tree)
  }
}

if (require.main === module) {
  const started = Date.now()
  const run = process.argv.includes('--watch') ? watchFunctions() : buildFunctions().then((names) => console.log(`built ${names.length} cloud functions in ${Date.now() - started} ms → ${path.relative(ROOT, FUNCTIONS_OUT)}/ (${names.join(', ')})`))
  run.catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
