import { Button, View } from '@tarojs/components'
import { fenToText } from '@/components/price'
import { callAdmin } from '../../api/call-admin'
import { FormField } from '../../components/form-field'
import { confirmIrreversible, PAGE_SIZE, RecordList } from '../../components/record-list'
import { StockChange } from '../../components/stock-change'
import { useConsoleForm } from '../../hooks/use-console-form'
import { EMPTY_PRODUCT_FORM, productFormErrors, productRecordOf, type ProductForm } from '../../logic/product-form'
import '../admin.scss'

function ProductFormView({ onCreated }: { onCreated: () => void }) {
  const { form, setForm, errors, submit } = useConsoleForm(EMPTY_PRODUCT_FORM, productFormErrors, (f) => callAdmin('admin', 'product.create', { record: productRecordOf(f) }), onCreated)
  const field = (label: string, name: keyof ProductForm, placeholder?: string) => <FormField idPrefix='product' label={label} name={name} form={form} errors={errors} onChange={setForm} placeholder={placeholder} />
  return (
    <View className='admin-card'>
      <View className='admin-card__title'>新建商品</View>
      <View className='admin-form'>
        {field('商品编号', 'id', '如 kiwi')}
        {field('名称', 'name', '如 佳沛阳光金果')}
        {field('分类编号', 'category', '如 fruit')}
        {field('单位', 'unit', '如 约 500g')}
        {field('描述', 'description')}
        {field('门店（留空为全部门店）', 'storeIds', '如 store-xuhui, store-jingan')}
        {field('规格编号', 'skuId', '如 kiwi-6')}
        {field('规格名称', 'skuName', '如 6 个装')}
        {field('售价（元）', 'priceYuan')}
        {field('银卡价（元，可不填）', 'silverYuan')}
        {field('金卡价（元，可不填）', 'goldYuan')}
        {field('黑金价（元，可不填）', 'blackYuan')}
        {field('初始库存', 'stock')}
      </View>
      <Button className='admin-button admin-button--primary' onClick={submit}>创建</Button>
    </View>
  )
}

/** 商品管理: products with their SKUs, prices and stock; create, 调整库存, 下架 (asked first). */
export default function ProductsScreen() {
  return (
    <RecordList
      name='products'
      searchPlaceholder='搜索名称、编号或规格'
      columns={['名称', '编号', '规格', '售价', '库存', '状态', '']}
      fetchPage={(search, page) => callAdmin('admin', 'product.list', { search, page, pageSize: PAGE_SIZE })}
      rowKey={(i) => i.record.id}
      empty='没有找到商品'
      cells={({ record, enabled }, list) => [
        record.name,
        record.id,
        ...(['name', 'priceFen', 'stock'] as const).map((column) => (
          <View key={column}>
            {record.skus.map((s) => (
              <View key={s.id}>{column === 'name' ? `${s.name}（${s.id}）` : column === 'priceFen' ? fenToText(s.priceFen) : `库存 ${s.stock}`}</View>
            ))}
          </View>
        )),
        enabled && record.onSale ? '在售' : '已下架',
        enabled ? (
          <View className='admin-link' onClick={async () => {
            if (!(await confirmIrreversible('下架商品', `下架「${record.name}」后会员不能再看到和购买，且不能恢复。确定下架？`, '下架'))) return
            await callAdmin('admin', 'product.retire', { id: record.id })
            await list.reload()
          }}>下架</View>
        ) : null,
      ]}
    >
      {(list) => (
        <View className='admin-grid'>
          <ProductFormView onCreated={() => list.reload()} />
          <StockChange title='调整库存' targetLabel='规格编号' send={(skuId, delta) => callAdmin('admin', 'product.stock', { skuId, delta })} onSent={() => list.reload()} />
        </View>
      )}
    </RecordList>
  )
}
