import { View } from '@tarojs/components'
import { fenToText } from '@/components/price'
import { callAdmin } from '../../api/call-admin'
import { RecordForm } from '../../components/record-form'
import { PAGE_SIZE, RecordList, RetireLink } from '../../components/record-list'
import { StockChange } from '../../components/stock-change'
import { EMPTY_PRODUCT_FORM, productFormErrors, productRecordOf, type ProductForm } from '../../logic/product-form'
import '../admin.scss'

const FIELDS: readonly (readonly [string, keyof ProductForm, string?])[] = [
  ['商品编号', 'id', '如 kiwi'],
  ['名称', 'name', '如 佳沛阳光金果'],
  ['分类编号', 'category', '如 fruit'],
  ['单位', 'unit', '如 约 500g'],
  ['描述', 'description'],
  ['门店（留空为全部门店）', 'storeIds', '如 store-xuhui, store-jingan'],
  ['规格编号', 'skuId', '如 kiwi-6'],
  ['规格名称', 'skuName', '如 6 个装'],
  ['售价（元）', 'priceYuan'],
  ['银卡价（元，可不填）', 'silverYuan'],
  ['金卡价（元，可不填）', 'goldYuan'],
  ['黑金价（元，可不填）', 'blackYuan'],
  ['初始库存', 'stock'],
]

/** 商品管理: products with their SKUs, prices and stock; create, 调整库存, 下架 (asked first). */
export default function ProductsScreen() {
  return (
    <RecordList
      section='products'
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
        enabled ? <RetireLink text='下架' title='下架商品' content={`下架「${record.name}」后会员不能再看到和购买，且不能恢复。确定下架？`} retire={() => callAdmin('admin', 'product.retire', { id: record.id })} list={list} /> : null,
      ]}
    >
      {(list) => (
        <View className='admin-grid'>
          <RecordForm title='新建商品' idPrefix='product' empty={EMPTY_PRODUCT_FORM} errorsOf={productFormErrors} send={(f) => callAdmin('admin', 'product.create', { record: productRecordOf(f) })} onSent={() => list.reload()} fields={FIELDS} />
          <StockChange title='调整库存' targetLabel='规格编号' send={(skuId, delta) => callAdmin('admin', 'product.stock', { skuId, delta })} onSent={() => list.reload()} />
        </View>
      )}
    </RecordList>
  )
}
