import path from 'node:path'
import { buildFunctions } from '../../scripts/build-functions'

const ROOT = path.resolve(__dirname, '..', '..')

/** Cloud tests call the deployable bundles, and test-only functions built the same way. */
export default async function globalSetup(): Promise<void> {
  await buildFunctions()
  await buildFunctions({ source: path.join(ROOT, 'tests', 'fixtures', 'cloudfunctions'), out: path.join(ROOT, 'build', 'test-cloudfunctions') })
}
