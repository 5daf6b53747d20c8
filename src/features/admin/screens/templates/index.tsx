import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, View } from '@tarojs/components'
import { useCloudQuery } from '@/lib/use-cloud-query'
import { callAdmin } from '../../api/call-admin'
import { TemplateFormView } from './template-form-view'
import '../admin.scss'

const PAGE_SIZE = 10

/** 优惠券管理: search, page, create, and retire (停用, asked first: it cannot be undone). */
export default function TemplatesScreen() {
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const list = useCloudQuery(`templates:${search}:${page}`, () => callAdmin('admin', 'couponTemplate.list', { search: search || undefined, page, pageSize: PAGE_SIZE }))
  const retire = async (id: string, title: string) => {
    const { confirm } = await Taro.showModal({ title: '停用优惠券', content: `停用「${title}」后会员将不能再领取，且不能恢复。确定停用？`, confirmText: '停用' })
    if (!confirm) return
    await callAdmin('admin', 'couponTemplate.retire', { id })
    await list.reload()
  }
  const data = list.data ?? list.latest
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1
  return (
    <View className='admin-screen'>
      <View className='admin-toolbar'>
        <Input className='admin-search' placeholder='搜索名称或编号' value={search} onInput={(e) => { setSearch(e.detail.value); setPage(1) }} />
      </View>
      <View className='admin-card'>
        <View className='admin-table'>
          <View className='admin-table__row admin-table__row--head'>
            <View className='admin-table__cell'>名称</View>
            <View className='admin-table__cell'>编号</View>
            <View className='admin-table__cell'>剩余 / 库存</View>
            <View className='admin-table__cell'>状态</View>
            <View className='admin-table__cell' />
          </View>
          {data?.items.map(({ record, enabled, left }) => (
            <View key={record.id} className='admin-table__row'>
              <View className='admin-table__cell'>{record.title}</View>
              <View className='admin-table__cell'>{record.id}</View>
              <View className='admin-table__cell'>{left ?? '-'} / {record.stock}</View>
              <View className='admin-table__cell'>{enabled ? '领取中' : '已停用'}</View>
              <View className='admin-table__cell'>{enabled ? <View className='admin-link' onClick={() => retire(record.id, record.title)}>停用</View> : null}</View>
            </View>
          ))}
          {data && !data.items.length ? <View className='admin-empty'>没有找到优惠券</View> : null}
        </View>
        <View className='admin-pager'>
          <Button className='admin-button' disabled={page <= 1} onClick={() => setPage(page - 1)}>上一页</Button>
          <View className='admin-pager__text'>第 {page} / {pages} 页，共 {data?.total ?? 0} 条</View>
          <Button className='admin-button' disabled={page >= pages} onClick={() => setPage(page + 1)}>下一页</Button>
        </View>
      </View>
      <TemplateFormView onCreated={() => list.reload()} />
    </View>
  )
}
