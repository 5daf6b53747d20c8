/** An unpaid order holds its stock, coupon and points for 15 minutes. */
export const PAY_WINDOW_MS = 15 * 60_000

export const payDeadline = (createdAt: Date): Date => new Date(createdAt.getTime() + PAY_WINDOW_MS)

/** Whole seconds left to pay, for the 待付款 countdown (server time in, never negative). */
export const secondsToPay = (payBy: Date, now: Date): number => Math.max(0, Math.floor((payBy.getTime() - now.getTime()) / 1000))
