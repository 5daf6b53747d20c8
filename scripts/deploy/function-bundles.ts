/** The deployable cloud function folders (build/cloudfunctions/<fn>) and their sizes. */
import fs from 'node:fs'
import path from 'node:path'

export interface FunctionBundle {
  name: string
  dir: string
  /** Bytes uploaded: the folder without node_modules (installed in the cloud). */
  bytes: number
  config: { permissions?: { openapi?: string[] }; triggers?: { name: string; type: string; config: string }[]; timeout?: number }
}

function folderBytes(dir: string): number {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    total += entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size
  }
  return total
}

export function functionBundles(root: string): FunctionBundle[] {
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, e.name, 'index.js')))
    .map((e) => {
      const dir = path.join(root, e.name)
      const configFile = path.join(dir, 'config.json')
      return { name: e.name, dir, bytes: folderBytes(dir), config: fs.existsSync(configFile) ? JSON.parse(fs.readFileSync(configFile, 'utf8')) : {} }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}
