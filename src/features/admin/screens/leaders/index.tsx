import { Button, View } from '@tarojs/components'
import { callAdmin } from '../../api/call-admin'
import { FormField } from '../../components/form-field'
import { confirmIrreversible, PAGE_SIZE, RecordList } from '../../components/record-list'
import { useConsoleForm } from '../../hooks/use-console-form'
import { EMPTY_LEADER_FORM, leaderFormErrors, leaderRecordOf, type LeaderForm } from '../../logic/leader-form'
import '../admin.scss'

function LeaderFormView({ onCreated }: { onCreated: () => void }) {
  const { form, setForm, errors, submit } = useConsoleForm(EMPTY_LEADER_FORM, leaderFormErrors, (f) => callAdmin('admin', 'leader.create', { record: leaderRecordOf(f) }), onCreated)
  const field = (label: string, name: keyof LeaderForm, placeholder?: string) => <FormField idPrefix='leader' label={label} name={name} form={form} errors={errors} onChange={setForm} placeholder={placeholder} />
  return (
    <View className='admin-card'>
      <View className='admin-card__title'>审批团长</View>
      <View className='admin-form'>
        {field('会员卡号', 'cardNo', '会员码页上的 12 位卡号')}
        {field('门店编号', 'storeId', '如 store-xuhui')}
        {field('团长称呼', 'name', '如 陈阿姨')}
        {field('自提点', 'pickupPoint', '如 滨江花园 3 号门')}
        {field('佣金比例（%）', 'commissionPercent')}
      </View>
      <Button className='admin-button admin-button--primary' onClick={submit}>批准为团长</Button>
    </View>
  )
}

/** 团长管理: leaders (a 店长 sees their own store's), approve by card number, 撤销 (asked first). */
export default function LeadersScreen() {
  return (
    <RecordList
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
        enabled ? (
          <View className='admin-link' onClick={async () => {
            if (!(await confirmIrreversible('撤销团长', `撤销「${record.name}」的团长资格后不能再发起接龙，其团长码停用，且不能恢复。确定撤销？`, '撤销'))) return
            await callAdmin('admin', 'leader.retire', { id: record.id })
            await list.reload()
          }}>撤销</View>
        ) : '已撤销',
      ]}
    >
      {(list) => <LeaderFormView onCreated={() => list.reload()} />}
    </RecordList>
  )
}
