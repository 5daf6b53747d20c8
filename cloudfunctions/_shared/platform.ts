/**
 * Facts about where the function runs. The local cloud's host sets LOCAL_CLOUD=1; in
 * CloudBase it is absent. Secrets come from the function's environment variables,
 * configured in the cloud console (see docs/deploy.md); a missing secret fails closed.
 */
import { ActionError } from './action-error'
import { CommonCodes } from '@/contracts/envelope'

export const isLocalCloud = (): boolean => process.env.LOCAL_CLOUD === '1'

export function secret(name: 'MEMBER_CODE_SECRET'): string {
  const value = process.env[name]
  if (!value || value.length < 16) {
    console.error(`${name} is not configured (at least 16 characters)`)
    throw new ActionError(CommonCodes.INTERNAL, '系统配置未完成，请联系门店')
  }
  return value
}
