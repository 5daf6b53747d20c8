/**
 * The demo member's past, made by the real cloud functions on the dev clock, so every
 * screen tells the same story (issue 16 item 8): the history's entries, the balance, the
 * tier, the wallet, 兑换记录 and the sign-in calendar all come from the actions that a
 * member and the Xuhui store's cashier would have taken.
 *
 *   25 days ago  joins at 徐汇滨江店 through 店员小王's QR (新人 5 元无门槛券, 30 days: still held)
 *   24 days ago  first purchase at the till: 35.80 yuan earns 35 points (a day before, if the
 *                24th day back is a Tuesday: member day would double it; likewise below)
 *   20 days ago  fruit gift boxes at the till: 1,093 yuan earns 1,093 points and 银卡
 *   a Tuesday    (8 to 14 days ago) claims 会员日满 30 减 5 and uses it at the till the same
 *                day: 147 yuan earns 352 points (银卡 1.2 × 会员日双倍积分 2)
 *   10 days ago  redeems 苹果兑换券 in the points mall (−300, with its 兑换记录)
 *    4 days ago  claims 全场 8.5 折 in the claim centre (7 days counting that one: ends in 2 days)
 *   last week    signs in 7 days ago, misses two days, then signs in the last four
 *                (+5, then +5 +5 +10 +10: the streak restarts)
 *
 * So the demo member is a 银卡 with 1,280 growth (3,720 short of 金卡) and 1,215 points,
 * the numbers the e2e flows read.
 *
 * Needs the function bundles (`npm run build:functions`; start, e2e and jest build them)
 * and a local cloud in this process. The clock is put back when the story is told.
 */
import { addDays, businessDay, startOfDay, weekday } from '../../src/domain/time'
import { FunctionRegistry } from '../../local-cloud/functions'
import { runAs, setClock } from '../../local-cloud'
import { asOf } from './admin-calls'
import { FUNCTIONS_OUT } from '../../scripts/build-functions'
import type { Db } from '../../cloudfunctions/_shared/db'

const MEMBER = 'demo-member'
const CASHIER = 'demo-staff'
const SCENE = 'xh-wang'
/** Days before today that were signed: -7, then -4 … -1 (so -6 and -5 were missed). */
const SIGNED_OFFSETS = [-7, -4, -3, -2, -1]

type Data = Record<string, unknown>
type Reply = { ok: true; data: Data } | { ok: false; code: string; message: string }

export async function seedDemoMemberStory(db: Db, now: Date): Promise<void> {
  const functions = new FunctionRegistry(FUNCTIONS_OUT)
  let seq = 0
  /** Calls `fn.action` as `openid`, as the client would; a refusal stops the seed loudly. */
  const call = async (fn: string, openid: string, action: string, payload: Data = {}): Promise<Data> => {
    const main = functions.get(fn)?.main
    if (!main) throw new Error(`seed: function ${fn} is not built (npm run build:functions)`)
    const event = { action, requestId: `seed-story-${++seq}`, ...payload }
    const reply = (await runAs({ OPENID: openid, APPID: 'wx-local-app', ENV: 'local', SOURCE: 'wx_client' }, () => main(event, {}))) as Reply
    if (!reply.ok) throw new Error(`seed: ${fn}.${action} as ${openid} refused: ${reply.code} ${reply.message}`)
    return reply.data
  }
  /** Shanghai `hour`:00 of the day `daysAgo` before today, on the dev clock. */
  const at = (daysAgo: number, hour: number) => setClock(startOfDay(addDays(businessDay(now), -daysAgo)).getTime() + hour * 3_600_000)
  /** The first of `daysAgo` whose weekday (1 = Monday) passes `wanted`. */
  const dayAgo = (daysAgo: number[], wanted: (weekday: number) => boolean) => daysAgo.find((d) => wanted(weekday(addDays(businessDay(now), -d)))) as number
  const walletCoupon = async (templateId: string): Promise<string> => {
    const { items } = (await call('coupon', MEMBER, 'wallet', { tab: '可使用' })) as { items: { id: string; templateId: string }[] }
    const found = items.find((c) => c.templateId === templateId)
    if (!found) throw new Error(`seed: no usable ${templateId} in the demo wallet`)
    return found.id
  }
  /** At the till: the cashier redeems the coupon (its QR), then awards the purchase (the member code). */
  const tillVisit = async (paidFen: number, receiptNo: string, couponTemplateId?: string) => {
    if (couponTemplateId) {
      const { code } = (await call('coupon', MEMBER, 'code', { couponId: await walletCoupon(couponTemplateId) })) as { code: string }
      await call('coupon', CASHIER, 'redeem', { code })
    }
    const { code } = (await call('member', MEMBER, 'code')) as { code: string }
    await call('points', CASHIER, 'till.earn', { code, paidFen, receiptNo })
  }

  // The dev clock moves through the story; whatever clock the caller had (real, or the
  // bench's fixed day) is restored after it.
  await asOf(now, async () => {
    at(25, 10)
    await call('member', MEMBER, 'join', { scene: SCENE, consent: true, privacyVersion: '2026.1' })
    await call('member', MEMBER, 'profile.update', { nickname: '小鲜' })
    await db.collection('members').doc(MEMBER).update({ data: { phone: '13800138000' } }) // bound by WeChat's phone button, which a seed cannot press

    // Plain purchases fall on days that are not member day (Tuesday's double points).
    at(dayAgo([24, 23], (w) => w !== 2), 18)
    await tillVisit(3580, 'XH0001')
    at(dayAgo([20, 19], (w) => w !== 2), 19)
    await tillVisit(109_300, 'XH0002')

    // The Tuesday (member day) of the week before last, after the 银卡 purchase.
    const tuesdayAgo = dayAgo([8, 9, 10, 11, 12, 13, 14], (w) => w === 2)
    at(tuesdayAgo, 11)
    await call('coupon', MEMBER, 'claim', { templateId: 'member-day-30-5' })
    at(tuesdayAgo, 17)
    await tillVisit(14_700, 'XH0003', 'member-day-30-5')

    at(10, 20)
    await call('points', MEMBER, 'mall.redeem', { itemId: 'mall-apple' })
    at(4, 12)
    await call('coupon', MEMBER, 'claim', { templateId: 'center-85' })

    for (const offset of SIGNED_OFFSETS) {
      at(-offset, 9)
      await call('signin', MEMBER, 'checkin')
    }
  })
}
