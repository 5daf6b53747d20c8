import { useState } from 'react'
import { Button, Image, Input, View } from '@tarojs/components'
import { callAdmin } from '../../api/call-admin'
import { ChoiceChips } from '../../components/choice-chips'
import { useConsoleForm } from '../../hooks/use-console-form'
import { PAGE_SIZE, RecordList, RetireLink } from '../../components/record-list'
import { CHANNEL_NAMES, EMPTY_SCENE_FORM, FORM_CHANNELS, sceneFormErrors, sceneRecordOf } from '../../logic/scene-form'
import '../admin.scss'

function SceneFormView({ onCreated }: { onCreated: () => void }) {
  const { form, setForm, errors, submit } = useConsoleForm(EMPTY_SCENE_FORM, sceneFormErrors, (f) => callAdmin('admin', 'scene.create', { record: sceneRecordOf(f) }), onCreated)
  const field = (label: string, name: 'id' | 'storeId' | 'label') => (
    <View className='admin-field'>
      <View className='admin-field__label'>{label}</View>
      <Input className='admin-field__input' value={form[name]} onInput={(e) => setForm({ ...form, [name]: e.detail.value })} />
      {errors[name] ? <View className='admin-field__error'>{errors[name]}</View> : null}
    </View>
  )
  return (
    <View className='admin-card'>
      <View className='admin-card__title'>新建门店码</View>
      <ChoiceChips options={FORM_CHANNELS} value={form.channel} onChange={(channel) => setForm({ ...form, channel })} />
      <View className='admin-form'>
        {field('场景编号', 'id')}
        {field('门店编号', 'storeId')}
        {field('名称', 'label')}
      </View>
      <Button className='admin-button admin-button--primary' onClick={submit}>创建</Button>
    </View>
  )
}

/** 门店码: the store QR scenes (a 店长 sees their own store's), their QR images, new ones. */
export default function ScenesScreen() {
  const [qr, setQr] = useState<{ id: string; image: string } | null>(null)
  const showQr = async (id: string) => setQr({ id, image: (await callAdmin('admin', 'scene.qr', { id })).image })
  return (
    <RecordList
      section='scenes'
      name='scenes'
      searchPlaceholder='搜索名称或编号'
      columns={['名称', '编号', '门店', '渠道', '']}
      fetchPage={(search, page) => callAdmin('admin', 'scene.list', { search, page, pageSize: PAGE_SIZE })}
      rowKey={(i) => i.record.id}
      empty='没有找到门店码'
      cells={({ record, enabled }, list) => [
        record.label,
        record.id,
        record.storeId,
        CHANNEL_NAMES[record.channel],
        enabled ? (
          <View className='admin-actions'>
            <View className='admin-link admin-link--plain' onClick={() => showQr(record.id)}>二维码</View>
            <RetireLink text='停用' title='停用门店码' content={`停用「${record.label}」后扫码不再归属门店，且不能恢复。确定停用？`} retire={() => callAdmin('admin', 'scene.retire', { id: record.id })} list={list} />
          </View>
        ) : (
          '已停用'
        ),
      ]}
    >
      {(list) => (
        <>
          {qr ? (
            <View className='admin-card admin-qr'>
              <View className='admin-card__title'>{qr.id} 的二维码</View>
              <Image className='admin-qr__image' src={qr.image} />
            </View>
          ) : null}
          <SceneFormView onCreated={() => list.reload()} />
        </>
      )}
    </RecordList>
  )
}
