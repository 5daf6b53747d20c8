import { View } from '@tarojs/components'
import { callAdmin } from '../../api/call-admin'
import { confirmIrreversible, PAGE_SIZE, RecordList } from '../../components/record-list'
import { TemplateFormView } from './template-form-view'
import '../admin.scss'

/** 优惠券管理: search, page, create, and retire (停用, asked first: it cannot be undone). */
export default function TemplatesScreen() {
  return (
    <RecordList
      section='templates'
      name='templates'
      searchPlaceholder='搜索名称或编号'
      columns={['名称', '编号', '剩余 / 库存', '状态', '']}
      fetchPage={(search, page) => callAdmin('admin', 'couponTemplate.list', { search, page, pageSize: PAGE_SIZE })}
      rowKey={(i) => i.record.id}
      empty='没有找到优惠券'
      cells={({ record, enabled, left }, list) => [
        record.title,
        record.id,
        `${left ?? '-'} / ${record.stock}`,
        enabled ? '领取中' : '已停用',
        enabled ? (
          <View className='admin-link' onClick={async () => {
            if (!(await confirmIrreversible('停用优惠券', `停用「${record.title}」后会员将不能再领取，且不能恢复。确定停用？`, '停用'))) return
            await callAdmin('admin', 'couponTemplate.retire', { id: record.id })
            await list.reload()
          }}>停用</View>
        ) : null,
      ]}
    >
      {(list) => <TemplateFormView onCreated={() => list.reload()} />}
    </RecordList>
  )
}
