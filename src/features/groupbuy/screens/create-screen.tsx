import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { EmptyState } from '@/components/empty-state'
import { Price } from '@/components/price'
import { addDays, businessDay } from '@/domain/time'
import { parseYuan } from '@/domain/money/parse-yuan'
import { useSingleFlight } from '@/lib/use-single-flight'
import { createChain } from '../api/create-chain'
import { useLeaderHome } from '../api/leader'
import { CatalogPicker } from '../components/catalog-picker'
import { ChainImages } from '../components/chain-images'
import { PageState } from '../components/page-state'
import { chainFormErrors, createInputOf, EMPTY_CHAIN_FORM, shanghaiInstant, type ChainForm, type ChainFormField, type ChainFormProduct } from '../model/chain-form'
import { shanghaiTime } from '../model/when'
import { groupbuyRoutes } from '../routes'
import './create-screen.scss'

const NOT_LEADER = 'GROUPBUY.NOT_LEADER'

/** Tomorrow's deadline and the day after's pickup, Shanghai days, as the form starts. */
function freshForm(): ChainForm {
  const today = businessDay(Date.now())
  return { ...EMPTY_CHAIN_FORM, deadlineDate: addDays(today, 1), pickupDate: addDays(today, 2) }
}

function Field({ label, error, children }: { label: string; error?: string; children: React.ReactNode }) {
  return (
    <View className='gb-form__field'>
      <View className='gb-form__label'>{label}</View>
      <View className='gb-form__control'>{children}</View>
      {error && <View className='gb-form__error'>{error}</View>}
    </View>
  )
}

/** 发起接龙 (leaders): catalog SKUs at a chain price and stock, limit, deadline to the second, pickup window, text and images; a preview; posted open. */
export default function CreateChainScreen() {
  const home = useLeaderHome()
  const [form, setForm] = useState(freshForm)
  const [shown, setShown] = useState(false)
  const [previewing, setPreviewing] = useState(false)
  const set = (change: Partial<ChainForm>) => setForm((f) => ({ ...f, ...change }))
  const setProduct = (skuId: string, change: Partial<ChainFormProduct>) => set({ products: form.products.map((p) => (p.skuId === skuId ? { ...p, ...change } : p)) })
  const errors: Partial<Record<ChainFormField, string>> = shown ? chainFormErrors(form, new Date()) : {}
  const post = useSingleFlight(async () => {
    const { chain } = await createChain(createInputOf(form))
    void Taro.redirectTo({ url: groupbuyRoutes.chain(chain.chainId) })
  })

  if (home.error?.code === NOT_LEADER || post.error?.code === NOT_LEADER) {
    return <EmptyState icon={<View className='gb-form__badge'>团长</View>} title='仅团长可以发起接龙' description='成为门店审核通过的团长后，即可从商品库发起接龙' />
  }
  if (!home.data) return <PageState error={home.error} onRetry={home.reload} />

  const check = () => {
    setShown(true)
    const found = Object.values(chainFormErrors(form, new Date()))
    if (found.length) void Taro.showToast({ title: found[0]!, icon: 'none' })
    return found.length === 0
  }
  const deadline = shanghaiInstant(form.deadlineDate, form.deadlineTime)
  const from = shanghaiInstant(form.pickupDate, form.pickupFromTime)
  const to = shanghaiInstant(form.pickupDate, form.pickupToTime)
  const cheapest = Math.min(...form.products.map((p) => parseYuan(p.chainPrice) ?? Infinity))

  return (
    <View className='gb-form'>
      <View className='gb-form__card'>
        <Field label='接龙标题' error={errors.title}>
          <Input className='gb-form__input' data-testid='chain-title' placeholder='如 智利车厘子 JJ 级' maxlength={30} value={form.title} onInput={(e) => set({ title: e.detail.value })} />
        </Field>
        <Field label='介绍' error={errors.text}>
          <Textarea className='gb-form__textarea' placeholder='产地、规格、到货和自提说明' maxlength={1000} value={form.text} onInput={(e) => set({ text: e.detail.value })} />
        </Field>
        <Field label='图片' error={errors.images}>
          <ChainImages images={form.images} onChange={(images) => set({ images })} />
        </Field>
      </View>

      <View className='gb-form__card'>
        <View className='gb-form__title'>接龙商品</View>
        {errors.products && <View className='gb-form__error'>{errors.products}</View>}
        {form.products.map((p) => (
          <View key={p.skuId} className='gb-form__product'>
            <View className='gb-form__product-head'>
              {p.name} · {p.skuName} · 原价 <Price fen={p.listPriceFen} size='small' />
              <View className='gb-form__remove' onClick={() => set({ products: form.products.filter((x) => x.skuId !== p.skuId) })}>
                移除
              </View>
            </View>
            <View className='gb-form__pair'>
              <Input className='gb-form__input' data-testid='chain-price' type='digit' placeholder='接龙价（元）' value={p.chainPrice} onInput={(e) => setProduct(p.skuId, { chainPrice: e.detail.value })} />
              <Input className='gb-form__input' data-testid='chain-stock' type='number' placeholder='库存' value={p.stock} onInput={(e) => setProduct(p.skuId, { stock: e.detail.value })} />
            </View>
            {errors[`product.${p.skuId}`] && <View className='gb-form__error'>{errors[`product.${p.skuId}`]}</View>}
          </View>
        ))}
        <CatalogPicker chosen={form.products.map((p) => p.skuId)} onPick={(p) => set({ products: [...form.products, p] })} />
      </View>

      <View className='gb-form__card'>
        <Field label='每人限购（份）' error={errors.perPersonLimit}>
          <Input className='gb-form__input' type='number' value={form.perPersonLimit} onInput={(e) => set({ perPersonLimit: e.detail.value })} />
        </Field>
        <Field label='截团时间（北京时间）' error={errors.deadline}>
          <View className='gb-form__pair'>
            <Input className='gb-form__input' placeholder='2026-12-05' value={form.deadlineDate} onInput={(e) => set({ deadlineDate: e.detail.value })} />
            <Input className='gb-form__input' placeholder='20:00:00' value={form.deadlineTime} onInput={(e) => set({ deadlineTime: e.detail.value })} />
          </View>
        </Field>
        <Field label={`自提（${home.data.leader.pickupPoint}）`} error={errors.pickup}>
          <View className='gb-form__pair'>
            <Input className='gb-form__input' placeholder='2026-12-06' value={form.pickupDate} onInput={(e) => set({ pickupDate: e.detail.value })} />
            <Input className='gb-form__input' placeholder='14:00' value={form.pickupFromTime} onInput={(e) => set({ pickupFromTime: e.detail.value })} />
            <Input className='gb-form__input' placeholder='20:00' value={form.pickupToTime} onInput={(e) => set({ pickupToTime: e.detail.value })} />
          </View>
        </Field>
      </View>

      {previewing && (
        <View className='gb-form__card gb-form__preview'>
          <View className='gb-form__title'>预览</View>
          <View className='gb-form__preview-title'>【接龙】{form.title || '（未填标题）'}</View>
          <View>{Number.isFinite(cheapest) ? <Price fen={cheapest} /> : '未填接龙价'} 起 · 每人限购 {form.perPersonLimit} 份</View>
          <View>截团：{deadline ? shanghaiTime(deadline.toISOString()) : '未填'}</View>
          <View>
            自提：{home.data.leader.pickupPoint} · {from && to ? `${shanghaiTime(from.toISOString())} 至 ${shanghaiTime(to.toISOString())}` : '未填'}
          </View>
          {form.products.map((p) => (
            <View key={p.skuId}>
              {p.name} {p.skuName} · 接龙价 {p.chainPrice || '—'} 元 · 库存 {p.stock || '—'}
            </View>
          ))}
          {form.text && <View className='gb-form__preview-text'>{form.text}</View>}
        </View>
      )}

      <View className='gb-form__bar'>
        {post.error && <View className='gb-form__error'>{post.error.message}</View>}
        <Button fill='outline' onClick={() => setPreviewing(!previewing)}>
          {previewing ? '收起预览' : '预览'}
        </Button>
        <Button type='primary' loading={post.pending} disabled={post.pending} onClick={() => check() && void post.run()}>
          发布接龙
        </Button>
      </View>
    </View>
  )
}
