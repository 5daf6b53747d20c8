import type { FulfilmentInput } from '@/contracts/order'
import type { DeliveryAddress } from '@/domain/orders/types'

export const EMPTY_ADDRESS: DeliveryAddress = { name: '', phone: '', region: '', detail: '' }

/** What the contract accepts as an address; until then the checkout asks for it. */
export const isAddressComplete = (a: DeliveryAddress) =>
  a.name.trim().length > 0 && /^1\d{10}$/.test(a.phone) && a.region.trim().length > 0 && a.detail.trim().length > 0

/** The fulfilment to send, or undefined while the member still has to choose or fill in. */
export function fulfilmentOf(kind: FulfilmentInput['kind'], storeId: string | undefined, address: DeliveryAddress): FulfilmentInput | undefined {
  if (kind === 'pickup') return storeId ? { kind, storeId } : undefined
  return isAddressComplete(address) ? { kind, address: { name: address.name.trim(), phone: address.phone, region: address.region.trim(), detail: address.detail.trim() } } : undefined
}
