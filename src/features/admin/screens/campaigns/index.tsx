import { View } from '@tarojs/components'
import { callAdmin } from '../../api/call-admin'
import { confirmIrreversible, PAGE_SIZE, RecordList } from '../../components/record-list'
import { useConsoleForm } from '../../hooks/use-console-form'
import { calendarOrder, campaignFormErrors, campaignFormOf, campaignRecordOf, EMPTY_CAMPAIGN_FORM, EVENT_NAMES, rewardText, ruleText } from '../../logic/campaign-form'
import { CampaignFormView } from './campaign-form-view'
import '../admin.scss'

/**
 * 活动: the chain's campaigns as a calendar (fixed dates, then weekly, monthly and on events),
 * created and edited with Chinese messages; retiring one is asked first (it cannot be undone).
 */
export default function CampaignsScreen() {
  const { form, setForm, errors, submit, editing, edit, cancel } = useConsoleForm(
    EMPTY_CAMPAIGN_FORM,
    campaignFormErrors,
    (f, isEdit) => callAdmin('admin', isEdit ? 'campaign.update' : 'campaign.create', { record: campaignRecordOf(f) }),
    () => undefined,
  )
  return (
    <RecordList
      section='campaigns'
      name='campaigns'
      searchPlaceholder='搜索活动名称或编号'
      columns={['活动', '日历', '生效于', '奖励', '状态', '']}
      fetchPage={(search, page) => callAdmin('admin', 'campaign.list', { search, page, pageSize: PAGE_SIZE })}
      order={(a, b) => Number(b.enabled) - Number(a.enabled) || calendarOrder(a.record.rule).localeCompare(calendarOrder(b.record.rule))}
      rowKey={(i) => i.record.id}
      empty='还没有活动'
      cells={({ record, enabled }, list) => [
        record.name,
        ruleText(record.rule),
        record.on.map((e) => EVENT_NAMES[e]).join('、'),
        rewardText(record.reward),
        enabled ? '进行中' : '已停用',
        enabled ? (
          <View className='admin-row-actions'>
            <View className='admin-link admin-link--plain' onClick={() => edit(campaignFormOf(record))}>编辑</View>
            <View
              className='admin-link'
              onClick={async () => {
                if (!(await confirmIrreversible('停用活动', `停用「${record.name}」后会员不再获得它的奖励，且不能恢复。确定停用？`, '停用'))) return
                await callAdmin('admin', 'campaign.retire', { id: record.id })
                await list.reload()
              }}
            >
              停用
            </View>
          </View>
        ) : null,
      ]}
    >
      {(list) => <CampaignFormView form={form} setForm={setForm} errors={errors} editing={editing} onCancel={cancel} onSubmit={() => submit().then(list.reload, () => undefined)} />}
    </RecordList>
  )
}
