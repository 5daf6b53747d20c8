import { Button, View } from '@tarojs/components'
import { useCloudQuery } from '@/lib/use-cloud-query'
import { callAdmin } from '../../api/call-admin'
import { fieldsOf } from '../../components/form-field'
import { confirmIrreversible, PAGE_SIZE, RecordList } from '../../components/record-list'
import { useConsoleForm } from '../../hooks/use-console-form'
import { EMPTY_STORE_FORM, storeFormErrors, storeFormOf, storeRecordOf, type StoreForm } from '../../logic/store-form'
import { InviteCard } from './invite-card'
import '../admin.scss'

/**
 * 门店: an admin opens, edits and retires stores; a 店长 sees and edits their own. Staff
 * invites (the staff function's) are made per store here.
 */
export default function StoresScreen() {
  const me = useCloudQuery('whoami', () => callAdmin('admin', 'whoami', {})).data
  const admin = me?.role === 'admin'
  const { form, setForm, errors, submit, editing, edit, cancel } = useConsoleForm<StoreForm>(
    EMPTY_STORE_FORM,
    storeFormErrors,
    (f, isEdit) => callAdmin('admin', isEdit ? 'store.update' : 'store.create', { record: storeRecordOf(f) }),
    () => undefined,
  )
  const field = fieldsOf(form, setForm, errors, 'store')
  return (
    <RecordList
      section='stores'
      name='stores'
      searchPlaceholder='搜索门店名称、地址或编号'
      columns={['门店', '编号', '地址', '状态', '']}
      fetchPage={(search, page) => callAdmin('admin', 'store.list', { search, page, pageSize: PAGE_SIZE })}
      rowKey={(i) => i.record.id}
      empty='没有找到门店'
      cells={({ record, enabled }, list) => [
        record.name,
        record.id,
        record.address || '—',
        enabled ? '营业中' : '已停用',
        enabled ? (
          <View className='admin-row-actions'>
            <View className='admin-link admin-link--plain' onClick={() => edit(storeFormOf(record))}>编辑</View>
            {admin ? (
              <View
                className='admin-link'
                onClick={async () => {
                  if (!(await confirmIrreversible('停用门店', `停用「${record.name}」后不能恢复，其门店码也不再归属新会员。确定停用？`, '停用'))) return
                  await callAdmin('admin', 'store.retire', { id: record.id })
                  await list.reload()
                }}
              >
                停用
              </View>
            ) : null}
          </View>
        ) : null,
      ]}
    >
      {(list) => (
        <>
          {admin || editing ? (
            <View className='admin-card'>
              <View className='admin-card__title'>{editing ? `编辑门店 ${form.id}` : '新建门店'}</View>
              <View className='admin-form'>
                {editing ? null : field('编号', 'id', '如 store-xuhui')}
                {field('名称', 'name', '如 徐汇店')}
                {field('地址', 'address')}
                {field('电话', 'phone', '选填')}
              </View>
              <Button className='admin-button admin-button--primary' onClick={() => submit().then(list.reload, () => undefined)}>{editing ? '保存' : '创建'}</Button>
              {editing ? <Button className='admin-button' onClick={cancel}>取消</Button> : null}
            </View>
          ) : null}
          {me ? <InviteCard storeId={me.storeId} admin={admin} /> : null}
        </>
      )}
    </RecordList>
  )
}
