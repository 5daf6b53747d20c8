import * as z from 'zod/mini'

/** Every reply of every cloud function is one of these two shapes. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; code: string; message: string }

export const failureSchema = z.object({
  ok: z.literal(false),
  code: z.string().check(z.regex(/^[A-Z]+(\.[A-Z_]+)+$/)),
  message: z.string(),
})

/** Codes every function may answer with, whatever the action. */
export const CommonCodes = {
  INVALID_INPUT: 'COMMON.INVALID_INPUT',
  UNKNOWN_ACTION: 'COMMON.UNKNOWN_ACTION',
  NOT_MEMBER: 'COMMON.NOT_MEMBER',
  FORBIDDEN: 'COMMON.FORBIDDEN',
  BUSY: 'COMMON.BUSY',
  INTERNAL: 'COMMON.INTERNAL',
} as const
