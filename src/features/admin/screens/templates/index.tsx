import { callAdmin } from '../../api/call-admin'
import { PAGE_SIZE, RecordList, RetireLink } from '../../components/record-list'
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
        enabled ? <RetireLink text='停用' title='停用优惠券' content={`停用「${record.title}」后会员将不能再领取，且不能恢复。确定停用？`} retire={() => callAdmin('admin', 'couponTemplate.retire', { id: record.id })} list={list} /> : null,
      ]}
    >
      {(list) => <TemplateFormView onCreated={() => list.reload()} />}
    </RecordList>
  )
}
