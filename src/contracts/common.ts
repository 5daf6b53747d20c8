import * as z from 'zod/mini'

/** Times travel as ISO strings (callFunction replies are JSON). */
export const isoTime = z.iso.datetime({ offset: true })

/** A business day in Asia/Shanghai, 'YYYY-MM-DD'. */
export const dayString = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不正确'))

export const emptyInput = z.object({})

/** Whole numbers from `min` (default 0). */
export const count = (min = 0) => z.int().check(z.minimum(min))
