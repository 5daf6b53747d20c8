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
const SDK_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['wx-server-sdk']

export function functionNames(): string[] {
  return fs
    .readdirSync(SOURCE)
    .filter((name) => !name.startsWith('_') && fs.existsSync(path.join(SOURCE, name, 'index.ts')))
    .sort()
}

function writeManifest(name: string): void {
  const out = path.join(FUNCTIONS_OUT, name)
  const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': SDK_VERSION } }
  fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n')
  const configFile = path.join(SOURCE, name, 'config.json')
  const config = fs.existsSync(configFile) ? fs.readFileSync(configFile, 'utf8') : JSON.stringify({ permissions: { openapi: [] } }, null, 2) + '\n'
  fs.writeFileSync(path.join(out, 'config.json'), config)
}

function options(name: string): esbuild.BuildOptions {
  return {
    entryPoints: [path.join(SOURCE, name, 'index.ts')],
    outfile: path.join(FUNCTIONS_OUT, name, 'index.js'),
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

export async function buildFunctions(names = functionNames()): Promise<string[]> {
  fs.mkdirSync(FUNCTIONS_OUT, { recursive: true })
  await Promise.all(
    names.map(async (name) => {
      await esbuild.build(options(name))
      writeManifest(name)
    }),
  )
  return names
}

async function watchFunctions(): Promise<void> {
  for (const name of functionNames()) {
    const ctx = await esbuild.context(options(name))
    await ctx.watch()
    writeManifest(name)
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
