import { useState } from 'react'
import { Button, View } from '@tarojs/components'
import { formatDateTime } from '@/domain/time'
import { useCloudQuery } from '@/lib/use-cloud-query'
import { callAdmin } from '../../api/call-admin'
import { ChoiceChips } from '../../components/choice-chips'
import { ConsoleNav } from '../../components/console-nav'
import { PAGE_SIZE } from '../../components/record-list'
import { AUDIT_KINDS, auditActionText, auditDiff } from '../../logic/audit-view'
import '../admin.scss'

/** 操作记录: every console change, newest first, by kind; a row opens what it changed. */
export default function AuditScreen() {
  const [kind, setKind] = useState('')
  const [page, setPage] = useState(1)
  const [open, setOpen] = useState<string | null>(null)
  const query = useCloudQuery(`audit:${kind}:${page}`, () => callAdmin('admin', 'audit.list', { ...(kind ? { kind } : {}), page, pageSize: PAGE_SIZE }))
  const data = query.data ?? query.latest
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1
  return (
    <View className='admin-screen'>
      <ConsoleNav current='audit' />
      <ChoiceChips options={AUDIT_KINDS} value={kind} onChange={(k) => { setKind(k); setPage(1) }} />
      <View className='admin-card'>
        <View className='admin-table'>
          <View className='admin-table__row admin-table__row--head'>
            <View className='admin-table__cell'>时间</View>
            <View className='admin-table__cell'>操作</View>
            <View className='admin-table__cell'>对象</View>
            <View className='admin-table__cell'>操作人</View>
          </View>
          {!data && query.loading ? <View className='admin-empty'>加载中…</View> : null}
          {query.error && !data ? <View className='admin-empty' onClick={() => query.reload()}>{query.error.message}，点此重试</View> : null}
          {data?.items.map((entry) => (
            <View key={entry.id}>
              <View className='admin-table__row audit-row' onClick={() => setOpen(open === entry.id ? null : entry.id)}>
                <View className='admin-table__cell'>{formatDateTime(new Date(entry.at))}</View>
                <View className='admin-table__cell'>{auditActionText(entry.action)}</View>
                <View className='admin-table__cell'>{entry.targetId}</View>
                <View className='admin-table__cell'>{entry.actor}（{entry.actorRole === 'admin' ? '管理员' : '店长'}）</View>
              </View>
              {open === entry.id ? (
                <View className='admin-json'>
                  {auditDiff(entry.before, entry.after).map((d) => (
                    <View key={d.key} className='admin-diff__row'>
                      <View className='admin-diff__key'>{d.key}</View>
                      <View className='admin-diff__before'>{d.before}</View>
                      <View className='admin-diff__after'>{d.after}</View>
                    </View>
                  ))}
                </View>
              ) : null}
            </View>
          ))}
          {data && !data.items.length ? <View className='admin-empty'>还没有操作记录</View> : null}
        </View>
        <View className='admin-pager'>
          <Button className='admin-button' disabled={page <= 1} onClick={() => setPage(page - 1)}>上一页</Button>
          <View className='admin-pager__text'>第 {page} / {pages} 页，共 {data?.total ?? 0} 条</View>
          <Button className='admin-button' disabled={page >= pages} onClick={() => setPage(page + 1)}>下一页</Button>
        </View>
      </View>
    </View>
  )
}
