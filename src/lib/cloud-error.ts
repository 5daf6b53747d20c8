/** Codes the client itself produces (the server's codes come through unchanged). */
export const ClientCodes = {
  NETWORK_FAILED: 'NETWORK.FAILED',
  BAD_REPLY: 'COMMON.BAD_REPLY',
  INVALID_INPUT: 'COMMON.INVALID_INPUT',
  UNKNOWN_ACTION: 'COMMON.UNKNOWN_ACTION',
  INTERNAL: 'COMMON.INTERNAL',
} as const

export const NETWORK_MESSAGE = '网络不太好，请稍后重试'
export const BAD_REPLY_MESSAGE = '服务开小差了，请稍后重试'
export const INTERNAL_MESSAGE = '出了点问题，请稍后重试'

/**
 * A failed cloud call: a business refusal from the function (`POINTS.INSUFFICIENT`),
 * or one of the client's own codes above. `message` is Chinese and shown as it is.
 */
export class CloudError extends Error {
  readonly code: string

  constructor(code: string, message: string) {
    super(message)
    this.name = 'CloudError'
    this.code = code
    // Keep `instanceof` working when classes are compiled to ES5 (weapp).
    Object.setPrototypeOf(this, CloudError.prototype)
  }
}

export const isCloudError = (error: unknown): error is CloudError =>
  error instanceof CloudError ||
  (typeof error === 'object' && error !== null && (error as Error).name === 'CloudError')

/** Anything thrown, as a CloudError: what is not one becomes 「出了点问题，请稍后重试」. */
export const asCloudError = (error: unknown): CloudError => (isCloudError(error) ? error : new CloudError(ClientCodes.INTERNAL, INTERNAL_MESSAGE))
