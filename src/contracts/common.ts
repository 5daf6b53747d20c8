import { z } from 'zod'

/** Times travel as ISO strings (callFunction replies are JSON). */
export const isoTime = z.string().datetime({ offset: true })

/** A business day in Asia/Shanghai, 'YYYY-MM-DD'. */
export const dayString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不正确')

export const emptyInput = z.object({})

/** Paging by cursor: what the client got last, so a page never repeats or skips. */
export const pageInput = z.object({ cursor: z.string().max(64).optional(), limit: z.number().int().min(1).max(50).default(20) })
