import { useState, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, View } from '@tarojs/components'
import { useCloudQuery, type CloudQuery } from '@/lib/use-cloud-query'
import { ConsoleNav, type ConsoleSection } from '../console-nav'

export const PAGE_SIZE = 10

interface Page<I> {
  items: I[]
  total: number
}

interface RecordListProps<I> {
  /** Cache key prefix of the list query. */
  name: string
  searchPlaceholder: string
  columns: string[]
  fetchPage: (search: string | undefined, page: number) => Promise<Page<I>>
  rowKey: (item: I) => string
  cells: (item: I, list: CloudQuery<Page<I>>) => ReactNode[]
  empty: string
  /** Rendered under the list with its query, so a form can reload it after a write. */
  children?: (list: CloudQuery<Page<I>>) => ReactNode
  /** The console section this list is (its tab in the nav). */
  section: ConsoleSection
  /** The order of a page's rows (default: as the function sends them). */
  order?: (a: I, b: I) => number
}

/** Asks before a change that cannot be undone (retiring a record). */
export async function confirmIrreversible(title: string, content: string, confirmText: string): Promise<boolean> {
  return (await Taro.showModal({ title, content, confirmText })).confirm
}

/** 停用 / 下架 / 撤销 in a row: asks first (it cannot be undone), then retires and reloads the list. */
export function RetireLink({ text, title, content, retire, list }: { text: string; title: string; content: string; retire: () => Promise<unknown>; list: { reload(): Promise<unknown> } }) {
  return (
    <View className='admin-link' onClick={async () => {
      if (!(await confirmIrreversible(title, content, text))) return
      await retire()
      await list.reload()
    }}>{text}</View>
  )
}

/** A console list: search, a table, paging. */
export function RecordList<I>({ name, searchPlaceholder, columns, fetchPage, rowKey, cells, empty, children, section, order }: RecordListProps<I>) {
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const list = useCloudQuery(`${name}:${search}:${page}`, () => fetchPage(search || undefined, page))
  const data = list.data ?? list.latest
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1
  const rows = data ? (order ? [...data.items].sort(order) : data.items) : []
  return (
    <View className='admin-screen'>
      <ConsoleNav current={section} />
      <View className='admin-toolbar'>
        <Input className='admin-search' placeholder={searchPlaceholder} value={search} onInput={(e) => { setSearch(e.detail.value); setPage(1) }} />
      </View>
      <View className='admin-card'>
        <View className='admin-table'>
          <View className='admin-table__row admin-table__row--head'>
            {columns.map((c, i) => <View key={i} className='admin-table__cell'>{c}</View>)}
          </View>
          {rows.map((item) => (
            <View key={rowKey(item)} className='admin-table__row'>
              {cells(item, list).map((cell, i) => <View key={i} className='admin-table__cell'>{cell}</View>)}
            </View>
          ))}
          {!data && list.loading ? <View className='admin-empty'>加载中…</View> : null}
          {list.error && !data ? (
            <View className='admin-empty' onClick={() => list.reload()}>
              {list.error.message}，点此重试
            </View>
          ) : null}
          {data && !data.items.length ? <View className='admin-empty'>{empty}</View> : null}
        </View>
        <View className='admin-pager'>
          <Button className='admin-button' disabled={page <= 1} onClick={() => setPage(page - 1)}>上一页</Button>
          <View className='admin-pager__text'>第 {page} / {pages} 页，共 {data?.total ?? 0} 条</View>
          <Button className='admin-button' disabled={page >= pages} onClick={() => setPage(page + 1)}>下一页</Button>
        </View>
      </View>
      {children?.(list)}
    </View>
  )
}
