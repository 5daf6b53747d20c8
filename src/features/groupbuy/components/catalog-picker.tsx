import { useState } from 'react'
import { Image, View } from '@tarojs/components'
import { Price } from '@/components/price'
import type { SkuView } from '@/contracts/catalog'
import { getProductSkus, useCatalogProducts } from '../api/create-chain'
import type { ChainFormProduct } from '../model/chain-form'

/** Catalog products, a tap shows their SKUs, a tap on a SKU adds it to the chain (once). */
export function CatalogPicker({ chosen, onPick }: { chosen: readonly string[]; onPick: (p: ChainFormProduct) => void }) {
  const products = useCatalogProducts()
  const [open, setOpen] = useState<{ productId: string; name: string; skus: SkuView[] }>()
  const expand = async (productId: string, name: string) => {
    if (open?.productId === productId) return setOpen(undefined)
    const detail = await getProductSkus(productId).catch(() => null)
    if (detail) setOpen({ productId, name, skus: detail.skus })
  }
  return (
    <View className='gb-catalog'>
      {products.items.map((p) => (
        <View key={p.productId} className='gb-catalog__product'>
          <View className='gb-catalog__row' onClick={() => void expand(p.productId, p.name)}>
            <Image className='gb-catalog__image' src={p.image} mode='aspectFill' />
            <View className='gb-catalog__name'>{p.name}</View>
            <View className='gb-catalog__hint'>{open?.productId === p.productId ? '收起' : '选规格'}</View>
          </View>
          {open?.productId === p.productId && (
            <View className='gb-catalog__skus'>
              {open.skus.map((s) => (
                <View
                  key={s.skuId}
                  className={`gb-catalog__sku${chosen.includes(s.skuId) ? ' gb-catalog__sku--on' : ''}`}
                  onClick={() => !chosen.includes(s.skuId) && onPick({ skuId: s.skuId, name: open.name, skuName: s.name, listPriceFen: s.priceFen, chainPrice: '', stock: '' })}
                >
                  {s.name} · <Price fen={s.priceFen} size='small' />
                  {chosen.includes(s.skuId) ? ' · 已选' : ''}
                </View>
              ))}
            </View>
          )}
        </View>
      ))}
      {!products.done && (
        <View className='gb-catalog__more' onClick={() => void products.loadMore()}>
          {products.loading ? '加载中…' : '更多商品'}
        </View>
      )}
    </View>
  )
}
