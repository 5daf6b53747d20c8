import { useEffect, useState } from 'react'
import { Button, Input, View } from '@tarojs/components'
import { useCloudQuery } from '@/lib/use-cloud-query'
import { callAdmin } from '../../api/call-admin'
import { ConsoleNav } from '../../components/console-nav'
import { hasRowErrors, tierRowErrors, tierRowsOf, tiersOf, type TierRow } from '../../logic/settings-forms'
import '../admin.scss'

const COLUMNS: [keyof TierRow, string][] = [['name', '名称'], ['threshold', '成长值门槛'], ['multiplier', '积分倍数'], ['memberDayRate', '会员日折扣（90 = 9 折）']]

/** 会员等级: the tier table, edited whole (thresholds rising from 0), by admins. */
export default function TiersScreen() {
  const query = useCloudQuery('tiers', () => callAdmin('admin', 'tiers.get', {}))
  const [rows, setRows] = useState<TierRow[]>([])
  const [shown, setShown] = useState(false)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    if (query.data) setRows(tierRowsOf(query.data.tiers))
  }, [query.data])
  const errors = shown ? tierRowErrors(rows) : []
  const save = async () => {
    setShown(true)
    if (!query.data || hasRowErrors(tierRowErrors(rows))) return
    const reply = await callAdmin('admin', 'tiers.update', { tiers: tiersOf(query.data.tiers, rows) }).catch(() => null)
    if (!reply) return
    query.set(reply)
    setShown(false)
    setSaved(true)
  }
  const put = (i: number, key: keyof TierRow, value: string) => {
    setSaved(false)
    setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)))
  }
  return (
    <View className='admin-screen'>
      <ConsoleNav current='tiers' />
      <View className='admin-card'>
        <View className='admin-card__title'>会员等级</View>
        {query.error && !query.data ? <View className='admin-empty' onClick={() => query.reload()}>{query.error.message}，点此重试</View> : null}
        {!query.data && query.loading ? <View className='admin-empty'>加载中…</View> : null}
        <View className='admin-table'>
          <View className='admin-table__row admin-table__row--head'>
            <View className='admin-table__cell'>代码</View>
            {COLUMNS.map(([, title]) => <View key={title} className='admin-table__cell'>{title}</View>)}
          </View>
          {rows.map((row, i) => (
            <View key={i} className='admin-table__row'>
              <View className='admin-table__cell'>{query.data?.tiers[i]?.code}</View>
              {COLUMNS.map(([key]) => (
                <View key={key} className='admin-table__cell'>
                  <Input className='admin-field__input' id={`tier-${i}-${key}`} value={row[key]} onInput={(e) => put(i, key, e.detail.value)} />
                  {errors[i]?.[key] ? <View className='admin-field__error'>{errors[i][key]}</View> : null}
                </View>
              ))}
            </View>
          ))}
        </View>
        <Button className='admin-button admin-button--primary' onClick={save}>保存</Button>
        {saved ? <View className='admin-muted'>已保存，会员的等级按新门槛计算</View> : null}
      </View>
    </View>
  )
}
