import { buildFunctions } from '../../scripts/build-functions'

export default async function globalSetup(): Promise<void> {
  await buildFunctions()
}
