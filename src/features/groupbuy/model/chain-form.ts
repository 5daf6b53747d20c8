/**
 * The leader's create-chain form: what is typed (yuan, counts, Shanghai date and time as
 * text), the Chinese message for each wrong field, and the `groupbuy.create` input it
 * makes. The server checks again (the deadline against its own clock); the form only
 * saves a round trip and says what to fix.
 */
import { parseYuan } from '@/domain/money/parse-yuan'
import { isBusinessDay, startOfDay } from '@/domain/time'

export interface ChainFormProduct {
  skuId: string
  name: string
  skuName: string
  listPriceFen: number
  /** Yuan as typed, e.g. 「169」「45.9」. */
  chainPrice: string
  stock: string
}

export interface ChainForm {
  title: string
  text: string
  images: string[]
  products: ChainFormProduct[]
  perPersonLimit: string
  /** Asia/Shanghai wall clock: 'YYYY-MM-DD' and 'HH:mm:ss' (or 'HH:mm'). */
  deadlineDate: string
  deadlineTime: string
  pickupDate: string
  pickupFromTime: string
  pickupToTime: string
}

export type ChainFormField = 'title' | 'text' | 'images' | 'products' | 'perPersonLimit' | 'deadline' | 'pickup' | `product.${string}`

export const EMPTY_CHAIN_FORM: ChainForm = { title: '', text: '', images: [], products: [], perPersonLimit: '5', deadlineDate: '', deadlineTime: '20:00:00', pickupDate: '', pickupFromTime: '14:00', pickupToTime: '20:00' }

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/

/** A Shanghai date and time as an instant, or null when either is not a real one. */
export function shanghaiInstant(date: string, time: string): Date | null {
  const t = TIME_RE.exec(time.trim())
  if (!isBusinessDay(date.trim()) || !t) return null
  return new Date(startOfDay(date.trim()).getTime() + (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) * 1000)
}

const wholeIn = (text: string, min: number, max: number): number | null => (/^\d{1,6}$/.test(text.trim()) && Number(text) >= min && Number(text) <= max ? Number(text) : null)

/** Each wrong field with its message; an empty object when the form can be sent. */
export function chainFormErrors(form: ChainForm, now: Date): Partial<Record<ChainFormField, string>> {
  const errors: Partial<Record<ChainFormField, string>> = {}
  const title = form.title.trim()
  if (!title || [...title].length > 30) errors.title = '请填写接龙标题（30 字以内）'
  if ([...form.text].length > 1000) errors.text = '介绍最多 1000 字'
  if (form.images.length > 9) errors.images = '最多 9 张图片'
  if (form.products.length === 0) errors.products = '请至少选择一个商品'
  if (form.products.length > 20) errors.products = '一次接龙最多 20 个商品'
  for (const p of form.products) {
    const price = parseYuan(p.chainPrice)
    if (price === null) errors[`product.${p.skuId}`] = `${p.name}：请填写接龙价（元，最多两位小数）`
    else if (wholeIn(p.stock, 1, 100_000) === null) errors[`product.${p.skuId}`] = `${p.name}：库存为 1–100000 的整数`
  }
  if (wholeIn(form.perPersonLimit, 1, 99) === null) errors.perPersonLimit = '每人限购为 1–99 的整数'
  const deadline = shanghaiInstant(form.deadlineDate, form.deadlineTime)
  if (!deadline) errors.deadline = '请填写截团日期和时间（如 2026-12-05 20:00:00）'
  else if (deadline.getTime() <= now.getTime()) errors.deadline = '截团时间需晚于现在'
  const from = shanghaiInstant(form.pickupDate, form.pickupFromTime)
  const to = shanghaiInstant(form.pickupDate, form.pickupToTime)
  if (!from || !to) errors.pickup = '请填写自提日期和时间段'
  else if (to.getTime() <= from.getTime()) errors.pickup = '自提结束时间需晚于开始时间'
  else if (deadline && from.getTime() < deadline.getTime()) errors.pickup = '自提时间需在截团之后'
  return errors
}

/** The groupbuy.create input of a valid form (check chainFormErrors first). */
export function createInputOf(form: ChainForm) {
  return {
    title: form.title.trim(),
    text: form.text.trim(),
    images: form.images,
    products: form.products.map((p) => ({ skuId: p.skuId, chainPriceFen: parseYuan(p.chainPrice)!, stock: Number(p.stock), unit: p.skuName.slice(0, 10) || undefined })),
    perPersonLimit: Number(form.perPersonLimit),
    deadline: shanghaiInstant(form.deadlineDate, form.deadlineTime)!.toISOString(),
    pickupFrom: shanghaiInstant(form.pickupDate, form.pickupFromTime)!.toISOString(),
    pickupTo: shanghaiInstant(form.pickupDate, form.pickupToTime)!.toISOString(),
    open: true,
  }
}
