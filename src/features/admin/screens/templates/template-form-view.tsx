import { Button, View } from '@tarojs/components'
import { EMPTY_TEMPLATE_FORM, templateFormErrors, templateRecordOf, type TemplateForm } from '../../logic/template-form'
import { callAdmin } from '../../api/call-admin'
import { ChoiceChips } from '../../components/choice-chips'
import { fieldsOf } from '../../components/form-field'
import { useConsoleForm } from '../../hooks/use-console-form'

const KINDS: [TemplateForm['kind'], string][] = [['threshold', '满减'], ['cash', '无门槛'], ['discount', '折扣']]

/** 新建优惠券: checked here with Chinese messages, then by the admin function. */
export function TemplateFormView({ onCreated }: { onCreated: () => void }) {
  const { form, setForm, errors, submit } = useConsoleForm(EMPTY_TEMPLATE_FORM, templateFormErrors, (f) => callAdmin('admin', 'couponTemplate.create', { record: templateRecordOf(f) }), onCreated)
  const field = fieldsOf(form, setForm, errors, 'tpl')
  return (
    <View className='admin-card'>
      <View className='admin-card__title'>新建优惠券</View>
      <ChoiceChips options={KINDS} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} />
      <View className='admin-form'>
        {field('编号', 'id', '如 spring-30-5')}
        {field('名称', 'title', '如 满 30 减 5')}
        {field('说明', 'description')}
        {form.kind === 'threshold' ? field('门槛（元）', 'thresholdYuan') : null}
        {form.kind === 'discount' ? field('折扣', 'rate', '85 表示 8.5 折') : field('金额（元）', 'amountYuan')}
        {field('有效天数', 'days')}
        {field('库存', 'stock')}
        {field('每人限领', 'perMemberLimit')}
      </View>
      <Button className='admin-button admin-button--primary' onClick={submit}>创建</Button>
    </View>
  )
}
