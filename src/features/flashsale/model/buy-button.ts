import type { FlashItemDetail } from '@/contracts/flashsale'
import { countdownTo } from '@/domain/flashsale'

export type BuyButton = { text: string; enabled: boolean; action: 'reserve' | 'remind' | 'none' }

/**
 * The detail page's button, on the server's clock: it enables at the server's start,
 * whatever the phone's clock says; before that it offers the reminder.
 */
export function buyButton(item: Pick<FlashItemDetail, 'state' | 'startAt' | 'endAt' | 'limit' | 'bought' | 'reminded' | 'reminderTemplateId' | 'soldPercent'>, serverNow: Date): BuyButton {
  const startAt = new Date(item.startAt)
  const endAt = new Date(item.endAt)
  if (serverNow.getTime() >= endAt.getTime()) return { text: '已结束', enabled: false, action: 'none' }
  if (serverNow.getTime() < startAt.getTime()) {
    const left = countdownTo(startAt, serverNow).text
    if (item.reminded) return { text: `已设提醒 · ${left} 后开抢`, enabled: false, action: 'none' }
    if (item.reminderTemplateId) return { text: `提醒我 · ${left} 后开抢`, enabled: true, action: 'remind' }
    return { text: `${left} 后开抢`, enabled: false, action: 'none' }
  }
  if (item.state === 'sold_out' || item.soldPercent >= 100) return { text: '已抢光', enabled: false, action: 'none' }
  if (item.bought >= item.limit) return { text: '已达限购', enabled: false, action: 'none' }
  return { text: '立即抢购', enabled: true, action: 'reserve' }
}

/** The state a card shows on the server's clock, even if the list was fetched before the start. */
export function liveState(card: { state: string; startAt: string; endAt: string }, serverNow: Date): 'upcoming' | 'live' | 'ended' | 'sold_out' {
  const t = serverNow.getTime()
  if (t >= new Date(card.endAt).getTime()) return 'ended'
  if (t < new Date(card.startAt).getTime()) return 'upcoming'
  return card.state === 'sold_out' ? 'sold_out' : 'live'
}
