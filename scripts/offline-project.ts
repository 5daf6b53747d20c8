/**
 * A miniprogram-ci project of the weapp build for offline steps (analysis, quality,
 * compile): a throwaway key in a temp folder, and the project attribute given locally
 * instead of fetched from WeChat's server (see TOOLCHAIN.md, "miniprogram-ci offline").
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as ci from 'miniprogram-ci'

// miniprogram-ci's background compiler can reject outside our awaits.
process.on('unhandledRejection', (error) => console.warn('[miniprogram-ci] background rejection:', error))

export async function withOfflineProject<T>(projectPath: string, work: (project: ci.Project, tmp: string) => Promise<T>): Promise<T> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'miniprogram-ci-'))
  const privateKeyPath = path.join(tmp, 'private.key')
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 })
  fs.writeFileSync(privateKeyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }))
  try {
    const project = new ci.Project({
      appid: 'touristappid',
      type: 'miniProgram',
      projectPath,
      privateKeyPath,
      ignores: ['node_modules/**/*'],
      attr: async () => ci.DefaultProjectAttr,
    } as ConstructorParameters<typeof ci.Project>[0])
    return await work(project, tmp)
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}
