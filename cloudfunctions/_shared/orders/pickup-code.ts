/** Pickup codes: the member code's scheme with kind 'P' and the order id as subject. */
import { createHmac } from 'node:crypto'
import { tillWindow } from '@/domain/member'
import { secret } from '../platform'

/** Six digits for (brand, order, 30 s window): the short number staff can type. */
export function pickupOtp(brandId: string, orderId: string, window: number): string {
  const digest = createHmac('sha256', secret('MEMBER_CODE_SECRET')).update(`P.${brandId}.${orderId}.${window}`).digest()
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0')
}

export const currentPickupOtp = (brandId: string, orderId: string, now: Date) => pickupOtp(brandId, orderId, tillWindow(now))
