import { randomInt } from 'node:crypto'
import { emptyTally } from '@/domain/groupbuy'
import { type ChainDoc, type ChainProductDoc, groupbuyRefusal, requireLeader, stockId } from '../_shared/groupbuy/chain-docs'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, replayOf } from '../_shared/idempotency'
import type { SkuDoc } from '../_shared/stock'
import { chainView, type ChainViewData } from './chain-view'

interface CreateInput {
  requestId: string
  title: string
  text: string
  images: string[]
  products: { skuId: string; chainPriceFen: number; stock: number; unit?: string }[]
  perPersonLimit: number
  deadline: string
  pickupFrom: string
  pickupTo: string
  open: boolean
}

const newChainId = (now: Date) => `c${now.getTime().toString(36)}${randomInt(0, 36 ** 4).toString(36).padStart(4, '0')}`

/**
 * groupbuy.create (leader): a chain from catalog SKUs, each at a chain price with its own
 * stock (taken from the chain's stock documents, not the SKU's). The pickup is the
 * leader's store or community point. One transaction writes the chain and its stock.
 */
export async function createChain(input: CreateInput, ctx: ActionContext): Promise<{ chain: ChainViewData }> {
  const { db, openid, now } = ctx
  const replay = await replayOf<{ chainId: string }>(ctx, 'groupbuy.create', input.requestId)
  if (replay) return { chain: await chainView(db, replay.result.chainId, now) }
  const leader = await requireLeader(db, openid)
  const deadline = new Date(input.deadline)
  const pickupFrom = new Date(input.pickupFrom)
  const pickupTo = new Date(input.pickupTo)
  if (deadline.getTime() <= now.getTime() || pickupTo.getTime() <= pickupFrom.getTime()) throw groupbuyRefusal('INVALID_CHAIN')
  const skuIds = input.products.map((p) => p.skuId)
  if (new Set(skuIds).size !== skuIds.length) throw groupbuyRefusal('INVALID_CHAIN')
  const skus = (await db.collection('skus').where({ _id: db.command.in(skuIds) }).limit(100).get()).data as SkuDoc[]
  const products = (await db.collection('products').where({ _id: db.command.in([...new Set(skus.map((s) => s.productId))]) }).limit(100).get()).data as { _id: string; name: string; image?: string; unit?: string }[]
  const docs: ChainProductDoc[] = input.products.map((p, i) => {
    const sku = skus.find((s) => s._id === p.skuId)
    const product = sku && products.find((x) => x._id === sku.productId)
    if (!sku || !product) throw groupbuyRefusal('PRODUCT_NOT_FOUND')
    return { key: String(i), skuId: sku._id, productId: product._id, category: sku.category, name: product.name, image: product.image ?? '', unit: p.unit ?? product.unit ?? sku.name, listPriceFen: sku.priceFen, chainPriceFen: p.chainPriceFen, stock: p.stock }
  })
  const chainId = newChainId(now)
  const reply = await onceOnly(ctx, 'groupbuy.create', input.requestId, async (tx) => {
    const chain: Omit<ChainDoc, '_id'> = {
      leaderId: openid,
      storeId: leader.storeId,
      pickupPoint: leader.pickupPoint,
      title: input.title,
      text: input.text,
      images: input.images,
      products: docs,
      perPersonLimit: input.perPersonLimit,
      deadline,
      pickupFrom,
      pickupTo,
      status: input.open ? 'open' : 'draft',
      closedReason: null,
      lastNo: 0,
      tally: emptyTally(docs.map((p) => p.key)),
      createdAt: now,
      requestId: input.requestId,
    }
    await tx.collection('chains').add({ data: { _id: chainId, ...chain } })
    for (const p of docs) await tx.collection('chain_stock').add({ data: { _id: stockId(chainId, p.key), chainId, key: p.key, left: p.stock } })
    return { chainId }
  })
  return { chain: await chainView(db, reply.chainId, now) }
}
