/**
 * Loads the deployable bundles (`build/cloudfunctions/<fn>/index.js`): the same bytes
 * that are uploaded to CloudBase. In watch mode a rebuilt bundle is loaded afresh.
 */
import fs from 'node:fs'
import path from 'node:path'

export type CloudMain = (event: Record<string, unknown>, context: Record<string, unknown>) => Promise<unknown>

export interface TimerTrigger {
  name: string
  type: 'timer'
  /** CloudBase's seven-field cron: second minute hour day month weekday year. */
  config: string
}

interface Loaded {
  main: CloudMain
  mtimeMs: number
  triggers: TimerTrigger[]
  /** config.json's `timeout`, in seconds; CloudBase's default is 3. */
  timeoutSeconds: number
}

export const DEFAULT_TIMEOUT_SECONDS = 3

const NAME = /^[a-z][a-z0-9_-]{0,63}$/

export class FunctionRegistry {
  private readonly loaded = new Map<string, Loaded>()

  private readonly roots: string[]

  /** Folders searched in order; the first that has `<name>/index.js` serves the function. */
  constructor(
    roots: string | string[],
    private readonly reload = false,
  ) {
    this.roots = Array.isArray(roots) ? roots : [roots]
  }

  private folderOf(name: string): string | undefined {
    return this.roots.map((root) => path.join(root, name)).find((dir) => fs.existsSync(path.join(dir, 'index.js')))
  }

  /** The function's main, or undefined when there is no such function. */
  get(name: string): Loaded | undefined {
    const folder = NAME.test(name) ? this.folderOf(name) : undefined
    if (!folder) return undefined
    const file = path.join(folder, 'index.js')
    let stat: fs.Stats
    try {
      stat = fs.statSync(file)
    } catch {
      return undefined
    }
    const cached = this.loaded.get(name)
    if (cached && (!this.reload || cached.mtimeMs === stat.mtimeMs)) return cached
    delete require.cache[require.resolve(file)]
    const mod = require(file) as { main?: CloudMain }
    if (typeof mod.main !== 'function') throw new Error(`${file} does not export main`)
    const config = readConfig(path.join(folder, 'config.json'))
    const loaded = { main: mod.main, mtimeMs: stat.mtimeMs, triggers: config.triggers ?? [], timeoutSeconds: config.timeout ?? DEFAULT_TIMEOUT_SECONDS }
    this.loaded.set(name, loaded)
    return loaded
  }

  names(): string[] {
    const all = this.roots.flatMap((root) => (fs.existsSync(root) ? fs.readdirSync(root) : []))
    return [...new Set(all)].filter((n) => NAME.test(n) && this.folderOf(n))
  }
}

function readConfig(file: string): { triggers?: TimerTrigger[]; timeout?: number } {
  if (!fs.existsSync(file)) return {}
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { triggers?: TimerTrigger[]; timeout?: number }
}
