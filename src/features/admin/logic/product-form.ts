import type { ProductRecord } from '@/contracts/admin-records'
import { fenOf, ID, idList, wholeIn, YUAN } from './form-numbers'

/** 新建商品 as typed: one SKU (more through the admin command), money in yuan. */
export interface ProductForm {
  id: string
  name: string
  category: string
  unit: string
  description: string
  /** Blank = every store. */
  storeIds: string
  skuId: string
  skuName: string
  priceYuan: string
  silverYuan: string
  goldYuan: string
  blackYuan: string
  stock: string
}

export const EMPTY_PRODUCT_FORM: ProductForm = { id: '', name: '', category: 'fruit', unit: '', description: '', storeIds: '', skuId: '', skuName: '', priceYuan: '', silverYuan: '', goldYuan: '', blackYuan: '', stock: '100' }

const MEMBER_PRICES = [['silverYuan', 'silver', '银卡'], ['goldYuan', 'gold', '金卡'], ['blackYuan', 'black', '黑金']] as const

/** Chinese messages by field; empty when the form can be sent. */
export function productFormErrors(f: ProductForm): Partial<Record<keyof ProductForm, string>> {
  const e: Partial<Record<keyof ProductForm, string>> = {}
  if (!ID.test(f.id)) e.id = '商品编号为 1–64 位字母、数字、- 或 _'
  if (!f.name.trim() || f.name.length > 40) e.name = '请填写商品名称（40 字以内）'
  if (!ID.test(f.category)) e.category = '请填写分类编号'
  if (!f.unit.trim() || f.unit.length > 20) e.unit = '请填写规格单位，如「约 500g」'
  if (f.description.length > 200) e.description = '描述不超过 200 字'
  if (idList(f.storeIds).some((id) => !ID.test(id))) e.storeIds = '门店编号用逗号分隔；留空表示全部门店'
  if (!ID.test(f.skuId)) e.skuId = '规格编号为 1–64 位字母、数字、- 或 _'
  if (!f.skuName.trim() || f.skuName.length > 30) e.skuName = '请填写规格名称（30 字以内）'
  if (!(YUAN.test(f.priceYuan) && fenOf(f.priceYuan) > 0)) e.priceYuan = '请填写售价，如 12.9'
  for (const [field, , tier] of MEMBER_PRICES) {
    if (!f[field]) continue
    if (!YUAN.test(f[field])) e[field] = `${tier}价格式如 11.9，不填则按原价`
    else if (!e.priceYuan && fenOf(f[field]) > fenOf(f.priceYuan)) e[field] = `${tier}价不能高于售价`
  }
  if (!wholeIn(f.stock, 0, 1_000_000)) e.stock = '库存为 0–1000000 的整数'
  return e
}

/** The record the admin function takes, from a form without errors: money in fen. */
export function productRecordOf(f: ProductForm): ProductRecord {
  const stores = idList(f.storeIds)
  const memberPrices = Object.fromEntries(MEMBER_PRICES.filter(([field]) => f[field]).map(([field, code]) => [code, fenOf(f[field])]))
  const priceFen = fenOf(f.priceYuan)
  return {
    id: f.id,
    name: f.name.trim(),
    category: f.category,
    priceFen,
    unit: f.unit.trim(),
    description: f.description.trim(),
    images: [`/static/products/${f.id}.svg`],
    storeIds: stores.length ? stores : null,
    sort: 100,
    onSale: true,
    skus: [{ id: f.skuId, name: f.skuName.trim(), priceFen, memberPrices, stock: Number(f.stock) }],
  }
}
