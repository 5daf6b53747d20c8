import type { SceneRecord } from '@/contracts/admin-records'

export interface SceneForm {
  id: string
  storeId: string
  label: string
  channel: SceneRecord['channel']
}

export const EMPTY_SCENE_FORM: SceneForm = { id: '', storeId: '', label: '', channel: 'counter' }

export const CHANNEL_NAMES: Record<SceneRecord['channel'], string> = { counter: '收银台', poster: '海报', community: '社群', online: '线上', groupbuy: '团长' }

/** The channels a merchant picks for a new scene: a leader's scene comes with the leader (团长). */
export const FORM_CHANNELS = (Object.entries(CHANNEL_NAMES) as [SceneRecord['channel'], string][]).filter(([c]) => c !== 'groupbuy')

/** Chinese messages by field; empty when the form can be sent. */
export function sceneFormErrors(f: SceneForm): Partial<Record<keyof SceneForm, string>> {
  const e: Partial<Record<keyof SceneForm, string>> = {}
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(f.id)) e.id = '场景编号为 1–32 位字母、数字、- 或 _'
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(f.storeId)) e.storeId = '请填写门店编号'
  if (!f.label.trim() || f.label.length > 40) e.label = '请填写名称（40 字以内）'
  return e
}

export const sceneRecordOf = (f: SceneForm): SceneRecord => ({ id: f.id, storeId: f.storeId, staffId: null, channel: f.channel, label: f.label.trim(), campaign: null, tags: [], expiresAt: null })
