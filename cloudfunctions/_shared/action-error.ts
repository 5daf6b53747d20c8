import { CommonCodes } from '@/contracts/envelope'
import type { Result } from '@/domain/result'

/** A refusal with a stable code and a Chinese message, answered as `{ ok: false }`. */
export class ActionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** The value of a domain Result, or the refusal it carries. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ActionError(result.code, result.message)
  return result.value
}

export const notMember = () => new ActionError(CommonCodes.NOT_MEMBER, '请先加入会员')
export const forbidden = () => new ActionError(CommonCodes.FORBIDDEN, '没有权限进行此操作')
