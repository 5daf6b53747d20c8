import { useState } from 'react'
import Taro from '@tarojs/taro'
import { isCloudError } from '@/lib/cloud'
import { useItem } from '../api/get-item'
import { payReservation } from '../api/pay-reservation'
import { remindMe } from '../api/remind'
import { reserveFlash, type FlashReservation } from '../api/reserve'

/**
 * The detail page's state: the item, the chosen pickup store, the reservation waiting to
 * be paid (5 minutes), and the three taps (reserve, pay, remind). After each the item is
 * fetched again: the server decides what changed.
 */
export function useFlashItem(itemId: string) {
  const item = useItem(itemId)
  const [storeId, setStoreId] = useState<string>()
  const [reservation, setReservation] = useState<FlashReservation | null>(null)
  const [paid, setPaid] = useState(false)
  const [pending, setPending] = useState(false)

  const run = async (work: () => Promise<void>) => {
    if (pending) return
    setPending(true)
    try {
      await work()
    } catch (error) {
      // callCloud showed the refusal (已抢光, 太火爆了…); the page shows the fresh state.
      if (!isCloudError(error)) void Taro.showToast({ title: '出了点问题，请稍后重试', icon: 'none' })
    } finally {
      setPending(false)
      void item.reload()
    }
  }

  const chosenStore = storeId ?? item.data?.stores[0]?.storeId
  const reserve = () =>
    run(async () => {
      if (!chosenStore) return void Taro.showToast({ title: '请选择自提门店', icon: 'none' })
      setReservation(await reserveFlash(itemId, chosenStore))
      setPaid(false)
    })
  const pay = () =>
    run(async () => {
      if (reservation && (await payReservation(reservation.orderId))) {
        setPaid(true)
        void Taro.showToast({ title: '抢购成功，到店自提', icon: 'success' })
      }
    })
  const remind = () =>
    run(async () => {
      if (item.data?.reminderTemplateId) await remindMe(itemId, item.data.reminderTemplateId)
    })

  return { item, storeId: chosenStore, setStoreId, reservation, paid, pending, reserve, pay, remind }
}
