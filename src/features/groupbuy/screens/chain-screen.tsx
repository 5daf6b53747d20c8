import { useRef, useState, type ReactNode } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button as TaroButton, Image, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import { isCloudError } from '@/lib/cloud'
import { openPage } from '@/lib/navigate'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { PageState } from '../components/page-state'
import { cancelEntry, getChain, joinChain, payOrder, useChain, type MyEntry } from '../api/chain'
import { useJoinPreview, type JoinPreview } from '../api/join-preview'
import { useEntryPages } from '../hooks/use-entry-pages'
import { EntryList } from '../components/entry-list'
import { ProductPicker } from '../components/product-picker'
import { shanghaiTime } from '../model/when'
import { changeNotice, quantitiesOf } from '../model/entry-change'
import { shareLink } from '../model/share-link'
import { groupbuyRoutes } from '../routes'
import './chain-screen.scss'

const MY_STATUS: Record<MyEntry['status'], string> = { unpaid: '待支付', paid: '已参与', refunding: '退款中', refunded: '已退款', cancelled: '已取消', picked_up: '已提货' }

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 })
const failed = (error: unknown, fallback: string) => toast(isCloudError(error) ? error.message : fallback)

/** What the page's membership block (coupon picker, points switch, breakdown of the orders and coupons features) gets. */
export interface MembershipSlotProps {
  preview: JoinPreview
  /** The previewed lines as the coupon rule reads them (product id, category, unit price paid). */
  couponLines: { sku: string; category: string; priceFen: number; quantity: number }[]
  storeId: string
  usePoints: boolean
  onCoupon: (couponId: string | null) => void
  onPoints: (on: boolean) => void
}

export interface ChainScreenProps {
  /** Composed by the page (features do not import each other); absent: no membership block. */
  renderMembership?: (props: MembershipSlotProps) => ReactNode
}

/**
 * 接龙 (?id=<chainId>&from=<sharer>): the chain, quantities with member price, coupon and
 * points as checkout applies them (join.preview) and 参与接龙 → pay, the numbered list
 * (more on reach-bottom), the share card.
 */
export default function ChainScreen({ renderMembership }: ChainScreenProps) {
  const chainId = useRouter().params.id ?? ''
  const query = useChain(chainId)
  const [quantities, setQuantities] = useState<Record<string, number>>({})
  const [couponId, setCouponId] = useState<string | null>()
  const [usePoints, setUsePoints] = useState(false)
  const lines = Object.entries(quantities).filter(([, q]) => q > 0).map(([key, quantity]) => ({ key, quantity }))
  const member = !!query.data && query.data.viewer !== 'visitor' && query.data.chain.status === 'open'
  const preview = useJoinPreview(chainId, member ? lines : [], couponId, usePoints)
  const list = useEntryPages(chainId, query.data)
  const changing = useRef(false)
  usePageRefresh(query.reload)
  useShareAppMessage(() => ({ title: query.data?.share.title ?? '社群接龙', path: query.data?.share.path ?? groupbuyRoutes.chain(chainId) }))

  if (!query.data) return <PageState error={query.error} onRetry={query.reload} />
  const { chain, mine, share, viewer, now, sceneId } = query.data
  const open = chain.status === 'open'
  const priced = preview.data ?? preview.latest
  const totalFen = lines.length && priced ? priced.money.payableFen : chain.products.reduce((s, p) => s + p.chainPriceFen * (quantities[p.key] ?? 0), 0)
  const category = new Map(chain.products.map((p) => [p.skuId, p.category ?? '']))

  const pay = async (orderId: string, payableFen?: number) => {
    // Nothing to pay (the coupon and points covered it): the order was paid when it was made.
    if (payableFen !== 0) {
      try {
        await payOrder(orderId)
      } catch (error) {
        failed(error, '支付未完成')
      }
    }
    const fresh = await getChain(chainId)
    query.set(fresh)
    const no = fresh.mine.find((m) => m.orderId === orderId)?.no
    if (no) toast(`接龙成功，你是第 ${no} 位`)
  }

  const onJoin = async () => {
    if (!preview.data || preview.loading) return
    try {
      // The coupon the sheet showed (the best, unless the member picked another or none).
      const shown = couponId === undefined ? (preview.data.coupons.chosen?.couponId ?? null) : couponId
      const joined = await joinChain(chainId, lines, { couponId: shown, usePoints }, preview.data.money.payableFen)
      setQuantities({})
      setCouponId(undefined)
      await pay(joined.orderId, joined.amountFen)
    } catch (error) {
      failed(error, '参与失败，请稍后重试')
      void query.reload()
      void preview.reload()
    }
  }

  const onCancel = async (entry: MyEntry) => {
    const { confirm } = await Taro.showModal({ title: '取消接龙', content: entry.status === 'paid' ? '取消后将原路退款，确定取消吗？' : '确定取消这笔接龙吗？' })
    if (!confirm) return
    try {
      await cancelEntry(entry.entryId)
    } catch (error) {
      failed(error, '取消失败')
    }
    void query.reload()
  }

  /** 修改: cancel this entry (as 取消 does), then the join sheet pre-filled with its quantities. */
  const onChangeEntry = async (entry: MyEntry) => {
    if (changing.current) return
    changing.current = true
    try {
      const { confirm } = await Taro.showModal({ ...changeNotice(entry), confirmText: '修改' })
      if (!confirm) return
      try {
        await cancelEntry(entry.entryId)
      } catch (error) {
        failed(error, '修改失败，原接龙未变')
        void query.reload()
        return
      }
      const fresh = await getChain(chainId).catch(() => null)
      if (fresh) query.set(fresh)
      setQuantities(quantitiesOf(entry, fresh?.chain ?? chain))
      setCouponId(undefined)
      void Taro.pageScrollTo({ selector: '.gb-chain__picker', duration: 300 })
      toast('原接龙已取消，请确认新的份数后参与')
    } finally {
      changing.current = false
    }
  }

  const onShare = async () => {
    await shareLink(share.path)
  }

  return (
    <View className='gb-chain'>
      <View className='gb-chain__hero'>
        {chain.images[0] && <Image className='gb-chain__image' src={chain.images[0]} mode='aspectFill' />}
        <View className='gb-chain__heading'>
          <View className={`gb-chain__status gb-chain__status--${chain.status}`}>{chain.statusText}</View>
          <View className='gb-chain__title'>【接龙】{chain.title}</View>
          <View className='gb-chain__leader'>
            团长 {chain.leader.name} · {chain.leader.storeName}
          </View>
        </View>
      </View>

      <View className='gb-card'>
        <View className='gb-chain__facts'>
          <View>截团：{shanghaiTime(chain.deadline)}</View>
          <View>
            自提：{chain.pickup.name} · {shanghaiTime(chain.pickup.from)} 至 {shanghaiTime(chain.pickup.to)}
          </View>
          <View>每人限购 {chain.perPersonLimit} 份 · 已有 {chain.participants} 人参与</View>
        </View>
        {chain.text && <View className='gb-chain__text'>{chain.text}</View>}
        <TaroButton className='gb-chain__share' openType='share' onClick={onShare}>
          分享到群
        </TaroButton>
      </View>

      <View className='gb-card gb-chain__picker'>
        <View className='gb-card__title'>选择商品</View>
        <ProductPicker chain={chain} quantities={quantities} open={open && viewer !== 'visitor'} onChange={(key, q) => setQuantities((prev) => ({ ...prev, [key]: q }))} />
      </View>

      {renderMembership && member && lines.length > 0 && priced && (
        <View className='gb-card'>
          {renderMembership({
            preview: priced,
            couponLines: priced.lines.map((l) => ({ sku: l.productId, category: category.get(l.skuId) ?? '', priceFen: l.unitPriceFen, quantity: l.quantity })),
            storeId: chain.pickup.storeId,
            usePoints,
            onCoupon: setCouponId,
            onPoints: setUsePoints,
          })}
        </View>
      )}
      {lines.length > 0 && preview.error && <View className='gb-card gb-chain__error'>{preview.error.message}</View>}

      {mine.length > 0 && (
        <View className='gb-card gb-mine'>
          <View className='gb-card__title'>我的接龙</View>
          {mine.map((m) => (
            <View key={m.entryId} className='gb-mine__row'>
              <View className='gb-mine__text'>
                {m.no ? <View className='gb-mine__no'>第 {m.no} 位</View> : null}
                {m.items} · 商品 <Price fen={m.amountFen} size='small' /> · {m.status === 'unpaid' || m.status === 'cancelled' ? '应付' : '实付'} <Price fen={m.payableFen} size='small' /> · {MY_STATUS[m.status]}
              </View>
              <View className='gb-mine__actions'>
                {m.status === 'unpaid' && (
                  <Button size='small' type='primary' onClick={() => pay(m.orderId)}>
                    去支付
                  </Button>
                )}
                {m.canCancel && (
                  <Button size='small' fill='outline' onClick={() => onChangeEntry(m)}>
                    修改
                  </Button>
                )}
                {m.canCancel && (
                  <Button size='small' fill='outline' onClick={() => onCancel(m)}>
                    取消
                  </Button>
                )}
              </View>
            </View>
          ))}
        </View>
      )}

      <View className='gb-card'>
        <View className='gb-card__title'>
          接龙名单（{chain.participants}）
          <View className='gb-card__hint'>下拉刷新</View>
        </View>
        <View className='gb-totals'>
          {chain.totals.map((t) => (
            <View key={t.key} className='gb-totals__item'>
              {t.name} 共 {t.quantity} 份
            </View>
          ))}
        </View>
        <EntryList entries={list.entries} now={now} />
        {!list.done && (
          <View className='gb-entries__more' onClick={() => void list.loadMore()}>
            {list.loading ? '加载中…' : '上拉加载更多'}
          </View>
        )}
      </View>

      {(viewer === 'leader' || viewer === 'staff') && (
        <View className='gb-card gb-chain__tools' onClick={() => openPage(groupbuyRoutes.picklist(chainId))}>
          备货单 · 导出接龙 ›
        </View>
      )}

      <View className='gb-bar'>
        {viewer === 'visitor' ? (
          <Button block type='primary' onClick={() => void Taro.reLaunch({ url: `/pages/home/index?scene=${sceneId}` })}>
            加入会员后参与接龙
          </Button>
        ) : (
          <>
            <View className='gb-bar__total'>
              合计 <Price fen={totalFen} />
            </View>
            <Button type='primary' disabled={!open || lines.length === 0 || !preview.data || preview.loading} onClick={onJoin}>
              {open ? '参与接龙' : chain.statusText}
            </Button>
          </>
        )}
      </View>
    </View>
  )
}
