/** What the dashboard charts, from the stats reply: pure, so the numbers drawn are tested. */
import type { AdminStats } from '@/contracts/admin'
import { addDays } from '@/domain/time'

export interface ChartSpec {
  title: string
  type: 'line' | 'bars'
  categories: string[]
  series: { name: string; data: number[] }[]
  /** Shown after the y axis' numbers ('%' for rates, already × 100). */
  unit?: string
}

const MAX_BARS = 8
const label = (text: string) => (text.length > 6 ? `${text.slice(0, 6)}…` : text)
const percent = (rate: number) => Math.round(rate * 1000) / 10

/** Every business day from..to inclusive. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = []
  for (let d = from; d <= to && days.length < 400; d = addDays(d, 1)) days.push(d)
  return days
}

/** New members per day, days without any at 0. */
export function newMembersTrend(stats: AdminStats, from: string, to: string): ChartSpec {
  const days = daysOf(from, to)
  const count = new Map(stats.newMembers.byDay.map((r) => [r.key, r.count]))
  return { title: '每日新会员', type: 'line', categories: days.map((d) => d.slice(5)), series: [{ name: '新会员', data: days.map((d) => count.get(d) ?? 0) }] }
}

/** Points issued against redeemed per day. */
export function pointsTrend(byDay: NonNullable<AdminStats['pointsByDay']>, from: string, to: string): ChartSpec {
  const days = daysOf(from, to)
  const row = new Map(byDay.map((r) => [r.day, r]))
  return {
    title: '积分发放与兑换',
    type: 'line',
    categories: days.map((d) => d.slice(5)),
    series: [
      { name: '发放', data: days.map((d) => row.get(d)?.issued ?? 0) },
      { name: '兑换', data: days.map((d) => row.get(d)?.redeemed ?? 0) },
    ],
  }
}

/** The largest tallies (by store, staff, channel) as bars, largest first. */
export function tallyBars(title: string, rows: { key: string; count: number }[], names: Record<string, string> = {}): ChartSpec {
  const top = [...rows].sort((a, b) => b.count - a.count).slice(0, MAX_BARS)
  return { title, type: 'bars', categories: top.map((r) => label(names[r.key] ?? (r.key || '未归属'))), series: [{ name: '新会员', data: top.map((r) => r.count) }] }
}

/** Claim and redemption rates by coupon template, in percent. */
export function couponRateBars(coupons: NonNullable<AdminStats['coupons']>): ChartSpec {
  const top = [...coupons].sort((a, b) => b.claimed - a.claimed).slice(0, MAX_BARS)
  return {
    title: '优惠券领取率与核销率',
    type: 'bars',
    unit: '%',
    categories: top.map((c) => label(c.title)),
    series: [
      { name: '领取率', data: top.map((c) => percent(c.claimRate)) },
      { name: '核销率', data: top.map((c) => percent(c.redemptionRate)) },
    ],
  }
}

/** Flash-sale sell-through by item, in percent. */
export function sellThroughBars(flash: NonNullable<AdminStats['flash']>): ChartSpec {
  const top = flash.slice(0, MAX_BARS)
  return { title: '秒杀售罄率', type: 'bars', unit: '%', categories: top.map((f) => label(f.name)), series: [{ name: '售罄率', data: top.map((f) => percent(f.sellThrough)) }] }
}
