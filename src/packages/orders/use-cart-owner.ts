import { useEffect } from 'react'
import { refreshCard, useSessionStore } from '@/features/member'
import { GUEST } from '@/features/orders/stores/cart'

/**
 * Whose cart a page shows: the member's card number, or the guest cart. Undefined until the
 * session is known (a page opened directly asks for the card first). On WeChat the storage
 * is per user already; the key also keeps identities apart in the browser's dev panel.
 */
export function useCartOwner(): string | undefined {
  const status = useSessionStore((s) => s.status)
  const cardNo = useSessionStore((s) => s.card?.cardNo)
  useEffect(() => {
    if (status === 'unknown') void refreshCard()
  }, [status])
  if (status === 'unknown') return undefined
  return cardNo ?? GUEST
}
