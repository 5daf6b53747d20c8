import { callCloud } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'
import type { FlashItemCard, FlashSessionView } from '@/contracts/flashsale'
import { noteServerTime } from '../model/server-clock'

export type { FlashItemCard, FlashSessionView }

export async function getSessions() {
  const reply = await callCloud('flashsale', 'sessions', {}, { silent: true })
  noteServerTime(reply.now)
  return reply
}

export const useSessions = () => useCloudQuery('flash:sessions', getSessions)
