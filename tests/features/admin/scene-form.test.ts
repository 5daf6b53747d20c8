import { sceneRecord } from '@/contracts/admin-records'
import { EMPTY_SCENE_FORM, sceneFormErrors, sceneRecordOf } from '@/features/admin/logic/scene-form'

const good = { ...EMPTY_SCENE_FORM, id: 'xh-group', storeId: 'store-xuhui', label: '徐汇店社群', channel: 'community' as const }

test.each([
  ['a good community scene', good, {}],
  ['a 33-character id (WeChat allows 32)', { ...good, id: 'x'.repeat(33) }, { id: '场景编号为 1–32 位字母、数字、- 或 _' }],
  ['no store', { ...good, storeId: '' }, { storeId: '请填写门店编号' }],
  ['no name', { ...good, label: '' }, { label: '请填写名称（40 字以内）' }],
])('%s', (_name, form, errors) => {
  expect(sceneFormErrors(form)).toEqual(errors)
})

test('the record passes the contract', () => {
  expect(sceneRecord.safeParse(sceneRecordOf(good)).success).toBe(true)
})
