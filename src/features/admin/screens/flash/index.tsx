import { Button, View } from '@tarojs/components'
import { fenToText } from '@/components/price'
import { callAdmin } from '../../api/call-admin'
import { FormField } from '../../components/form-field'
import { confirmIrreversible, PAGE_SIZE, RecordList } from '../../components/record-list'
import { StockChange } from '../../components/stock-change'
import { useConsoleForm } from '../../hooks/use-console-form'
import { EMPTY_FLASH_FORM, flashFormErrors, flashRecordOf, type FlashForm } from '../../logic/flash-form'
import '../admin.scss'

function FlashFormView({ onCreated }: { onCreated: () => void }) {
  const { form, setForm, errors, submit } = useConsoleForm(EMPTY_FLASH_FORM, flashFormErrors, (f) => callAdmin('admin', 'flashItem.create', { record: flashRecordOf(f) }), onCreated)
  const field = (label: string, name: keyof FlashForm, placeholder?: string) => <FormField idPrefix='flash' label={label} name={name} form={form} errors={errors} onChange={setForm} placeholder={placeholder} />
  return (
    <View className='admin-card'>
      <View className='admin-card__title'>新建秒杀</View>
      <View className='admin-form'>
        {field('编号', 'id', '如 fs-1212-apple')}
        {field('日期', 'day', '如 2026-12-12')}
        {field('场次开始时间', 'start', '如 10:00')}
        {field('商品规格编号', 'skuId', '如 apple-5jin')}
        {field('秒杀价（元）', 'flashPriceYuan')}
        {field('秒杀库存', 'stock')}
        {field('库存分片数', 'shards', '热门商品 8，一般 1')}
        {field('每人限购', 'limit')}
        {field('自提门店', 'storeIds', '如 store-xuhui, store-jingan')}
      </View>
      <Button className='admin-button admin-button--primary' onClick={submit}>创建</Button>
    </View>
  )
}

/** 秒杀场次: items by session, what is left, 调整库存, 停用 (asked first). */
export default function FlashScreen() {
  return (
    <RecordList
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
        enabled ? (
          <View className='admin-link' onClick={async () => {
            if (!(await confirmIrreversible('停用秒杀', `停用 ${record.day} ${record.start} 的「${record.skuId}」后会员不能再抢购，且不能恢复。确定停用？`, '停用'))) return
            await callAdmin('admin', 'flashItem.retire', { id: record.id })
            await list.reload()
          }}>停用</View>
        ) : '已停用',
      ]}
    >
      {(list) => (
        <View className='admin-grid'>
          <FlashFormView onCreated={() => list.reload()} />
          <StockChange title='调整秒杀库存' targetLabel='秒杀编号' send={(id, delta) => callAdmin('admin', 'flashItem.stock', { id, delta })} onSent={() => list.reload()} />
        </View>
      )}
    </RecordList>
  )
}
