import { callAdmin } from '../../api/call-admin'
import { RecordForm } from '../../components/record-form'
import { PAGE_SIZE, RecordList, RetireLink } from '../../components/record-list'
import { EMPTY_LEADER_FORM, leaderFormErrors, leaderRecordOf, type LeaderForm } from '../../logic/leader-form'
import '../admin.scss'

const FIELDS: readonly (readonly [string, keyof LeaderForm, string?])[] = [
  ['会员卡号', 'cardNo', '会员码页上的 12 位卡号'],
  ['门店编号', 'storeId', '如 store-xuhui'],
  ['团长称呼', 'name', '如 陈阿姨'],
  ['自提点', 'pickupPoint', '如 滨江花园 3 号门'],
  ['佣金比例（%）', 'commissionPercent'],
]

/** 团长管理: leaders (a 店长 sees their own store's), approve by card number, 撤销 (asked first). */
export default function LeadersScreen() {
  return (
    <RecordList
      section='leaders'
      name='leaders'
      searchPlaceholder='搜索卡号、称呼或自提点'
      columns={['团长', '卡号', '门店', '自提点', '佣金', '']}
      fetchPage={(search, page) => callAdmin('admin', 'leader.list', { search, page, pageSize: PAGE_SIZE })}
      rowKey={(i) => i.record.id}
      empty='没有找到团长'
      cells={({ record, enabled }, list) => [
        record.name,
        record.id,
        record.storeId,
        record.pickupPoint,
        `${record.commissionBp / 100}%`,
        enabled ? <RetireLink text='撤销' title='撤销团长' content={`撤销「${record.name}」的团长资格后不能再发起接龙，其团长码停用，且不能恢复。确定撤销？`} retire={() => callAdmin('admin', 'leader.retire', { id: record.id })} list={list} /> : '已撤销',
      ]}
    >
      {(list) => <RecordForm title='审批团长' idPrefix='leader' submitText='批准为团长' empty={EMPTY_LEADER_FORM} errorsOf={leaderFormErrors} send={(f) => callAdmin('admin', 'leader.create', { record: leaderRecordOf(f) })} onSent={() => list.reload()} fields={FIELDS} />}
    </RecordList>
  )
}
