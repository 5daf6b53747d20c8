import { useEffect, useState } from 'react'
import { Button, View } from '@tarojs/components'
import { useCloudQuery } from '@/lib/use-cloud-query'
import { callAdmin } from '../../api/call-admin'
import { ChoiceChips } from '../../components/choice-chips'
import { ConsoleNav } from '../../components/console-nav'
import { fieldsOf } from '../../components/form-field'
import { pointsRulesErrors, pointsRulesFormOf, pointsRulesOf, type PointsRulesForm } from '../../logic/settings-forms'
import '../admin.scss'

const EXPIRY: [PointsRulesForm['expiryKind'], string][] = [['end-of-next-year', '次年年底过期'], ['days', '获得后 N 天过期']]

/** 积分规则: points per yuan, expiry, the till's single-award ceiling. Multiplier campaigns are under 活动. */
export default function PointsRulesScreen() {
  const query = useCloudQuery('points-rules', () => callAdmin('admin', 'pointsRules.get', {}))
  const [form, setForm] = useState<PointsRulesForm | null>(null)
  const [shown, setShown] = useState(false)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    if (query.data) setForm(pointsRulesFormOf(query.data.rules))
  }, [query.data])
  if (!form || !query.data) {
    return (
      <View className='admin-screen'>
        <ConsoleNav current='points-rules' />
        <View className='admin-empty' onClick={() => query.reload()}>{query.error ? `${query.error.message}，点此重试` : '加载中…'}</View>
      </View>
    )
  }
  const errors = shown ? pointsRulesErrors(form) : {}
  const edit = (f: PointsRulesForm) => {
    setSaved(false)
    setForm(f)
  }
  const field = fieldsOf(form, edit, errors, 'rules')
  const save = async () => {
    setShown(true)
    if (Object.keys(pointsRulesErrors(form)).length) return
    const reply = await callAdmin('admin', 'pointsRules.update', { rules: pointsRulesOf(query.data!.rules, form) }).catch(() => null)
    if (!reply) return
    query.set(reply)
    setShown(false)
    setSaved(true)
  }
  return (
    <View className='admin-screen'>
      <ConsoleNav current='points-rules' />
      <View className='admin-card'>
        <View className='admin-card__title'>积分规则</View>
        <View className='admin-form'>
          {field('每消费 1 元得积分', 'ratePerYuan')}
          {field('门店单笔积分上限（元）', 'tillCeilingYuan')}
        </View>
        <View className='admin-field__label'>积分有效期</View>
        <ChoiceChips options={EXPIRY} value={form.expiryKind} onChange={(expiryKind) => edit({ ...form, expiryKind })} />
        {form.expiryKind === 'days' ? field('有效天数', 'expiryDays') : null}
        <View className='admin-muted'>积分倍数活动（会员日、双十一等）请在「活动」中设置；多个活动同时生效时取最大倍数，不叠加。</View>
        <Button className='admin-button admin-button--primary' onClick={save}>保存</Button>
        {saved ? <View className='admin-muted'>已保存</View> : null}
      </View>
    </View>
  )
}
