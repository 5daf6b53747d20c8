import { Button, Switch, View } from '@tarojs/components'
import { ChoiceChips } from '../../components/choice-chips'
import { fieldsOf } from '../../components/form-field'
import { EVENT_NAMES, isCalendarRule, RULE_NAMES, TIER_CHOICES, WEEKDAY_NAMES, type CampaignForm } from '../../logic/campaign-form'

type Errors = Partial<Record<keyof CampaignForm, string>>

const Error = ({ text }: { text?: string }) => (text ? <View className='admin-field__error'>{text}</View> : null)

/** Toggle chips for a set (weekdays, events). */
function SetChips<V extends string | number>({ options, value, onChange, id }: { options: [V, string][]; value: V[]; onChange: (v: V[]) => void; id: string }) {
  return (
    <View className='admin-kinds' id={id}>
      {options.map(([option, text]) => (
        <View key={option} className={`admin-kinds__item ${value.includes(option) ? 'admin-kinds__item--on' : ''}`} onClick={() => onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option])}>
          {text}
        </View>
      ))}
    </View>
  )
}

/** 新建 / 编辑活动: the rule (calendar), who, the reward, the window and the home-page banner. */
export function CampaignFormView({ form, setForm, errors, editing, onSubmit, onCancel }: { form: CampaignForm; setForm: (f: CampaignForm) => void; errors: Errors; editing: boolean; onSubmit: () => void; onCancel: () => void }) {
  const field = fieldsOf(form, setForm, errors, 'campaign')
  const calendar = isCalendarRule(form.ruleKind)
  return (
    <View className='admin-card'>
      <View className='admin-card__title'>{editing ? `编辑活动 ${form.id}` : '新建活动'}</View>
      <View className='admin-form'>
        {editing ? null : field('编号', 'id', '如 double-11')}
        {field('名称', 'name', '如 双十一双倍积分')}
      </View>
      <View className='admin-field__label'>规则</View>
      <ChoiceChips options={Object.entries(RULE_NAMES) as [CampaignForm['ruleKind'], string][]} value={form.ruleKind} onChange={(ruleKind) => setForm({ ...form, ruleKind })} />
      {form.ruleKind === 'weekly' ? <SetChips id='campaign-weekdays' options={WEEKDAY_NAMES.map((n, i) => [i + 1, `周${n}`] as [number, string])} value={form.weekdays} onChange={(weekdays) => setForm({ ...form, weekdays })} /> : null}
      <Error text={errors.weekdays} />
      {form.ruleKind === 'dates' ? (
        <View className='admin-form'>
          {field('开始日期', 'datesFrom', '2026-11-11')}
          {field('结束日期', 'datesTo', '2026-11-11')}
        </View>
      ) : null}
      {calendar ? (
        <>
          <View className='admin-field__label'>生效于</View>
          <SetChips id='campaign-events' options={[['signin', EVENT_NAMES.signin], ['order-paid', EVENT_NAMES['order-paid']]]} value={form.events} onChange={(events) => setForm({ ...form, events })} />
          <Error text={errors.events} />
        </>
      ) : (
        <View className='admin-muted'>{form.ruleKind === 'birthday' ? '每日定时发放给当天生日的会员' : '会员入会时发放'}</View>
      )}
      <View className='admin-field__label'>适用会员</View>
      <ChoiceChips options={TIER_CHOICES} value={form.minTier} onChange={(minTier) => setForm({ ...form, minTier })} />
      <View className='admin-form'>
        {field('送券（券编号，逗号分隔）', 'couponTemplateIds', '如 md-95,new-5')}
        {field('送积分', 'points', '选填')}
        {field('积分倍数', 'multiplier', '如 2；多个活动取最大，不叠加')}
        {field('横幅文字', 'banner', '选填，首页展示')}
        {field('活动开始（选填）', 'windowFrom', '2026-01-01')}
        {field('活动结束（选填）', 'windowTo', '2026-12-31')}
      </View>
      <View className='admin-check'>
        <Switch checked={form.firstOrderOnly} onChange={(e) => setForm({ ...form, firstOrderOnly: e.detail.value })} />
        <View>积分倍数仅限周期内首单（如生日月首单）</View>
      </View>
      <Error text={errors.firstOrderOnly} />
      <Button className='admin-button admin-button--primary' id='campaign-submit' onClick={onSubmit}>{editing ? '保存' : '创建'}</Button>
      {editing ? <Button className='admin-button' onClick={onCancel}>取消</Button> : null}
    </View>
  )
}
