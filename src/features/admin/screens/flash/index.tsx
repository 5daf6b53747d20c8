import { View } from '@tarojs/components'
import { fenToText } from '@/components/price'
import { callAdmin } from '../../api/call-admin'
import { RecordForm } from '../../components/record-form'
import { PAGE_SIZE, RecordList, RetireLink } from '../../components/record-list'
import { StockChange } from '../../components/stock-change'
import { EMPTY_FLASH_FORM, flashFormErrors, flashRecordOf, type FlashForm } from '../../logic/flash-form'
import '../admin.scss'

const FIELDS: readonly (readonly [string, keyof FlashForm, string?])[] = [
  ['编号', 'id', '如 fs-1212-apple'],
  ['日期', 'day', '如 2026-12-12'],
  ['场次开始时间', 'start', '如 10:00'],
  ['商品规格编号', 'skuId', '如 apple-5jin'],
  ['秒杀价（元）', 'flashPriceYuan'],
  ['秒杀库存', 'stock'],
  ['库存分片数', 'shards', '热门商品 8，一般 1'],
  ['每人限购', 'limit'],
  ['自提门店', 'storeIds', '如 store-xuhui, store-jingan'],
]

/** 秒杀场次: items by session, what is left, 调整库存, 停用 (asked first). */
export default function FlashScreen() {
  return (
    <RecordList
      section='flash'
      name='flash-items'
      searchPlaceholder='搜索日期、场次或规格编号'
      columns={['场次', '编号', '规格', '秒杀价', '每人限购', '剩余 / 库存', '']}
      fetchPage={(search, page) => callAdmin('admin', 'flashItem.list', { search, page, pageSize: PAGE_SIZE })}
      rowKey={(i) => i.record.id}
      empty='没有找到秒杀商品'
      cells={({ record, enabled, left }, list) => [
        `${record.day} ${record.start}`,
        record.id,
        record.skuId,
        fenToText(record.flashPriceFen),
        `${record.limit} 件`,
        `${left ?? '-'} / ${record.stock}`,
        enabled ? <RetireLink text='停用' title='停用秒杀' content={`停用 ${record.day} ${record.start} 的「${record.skuId}」后会员不能再抢购，且不能恢复。确定停用？`} retire={() => callAdmin('admin', 'flashItem.retire', { id: record.id })} list={list} /> : '已停用',
      ]}
    >
      {(list) => (
        <View className='admin-grid'>
          <RecordForm title='新建秒杀' idPrefix='flash' empty={EMPTY_FLASH_FORM} errorsOf={flashFormErrors} send={(f) => callAdmin('admin', 'flashItem.create', { record: flashRecordOf(f) })} onSent={() => list.reload()} fields={FIELDS} />
          <StockChange title='调整秒杀库存' targetLabel='秒杀编号' send={(id, delta) => callAdmin('admin', 'flashItem.stock', { id, delta })} onSent={() => list.reload()} />
        </View>
      )}
    </RecordList>
  )
}
