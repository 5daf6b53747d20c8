/** How the audit log reads: kinds and actions in Chinese, and what a change changed. */
export const AUDIT_KINDS: [string, string][] = [
  ['', '全部'],
  ['campaign', '活动'],
  ['couponTemplate', '优惠券'],
  ['store', '门店'],
  ['scene', '门店码'],
  ['tiers', '会员等级'],
  ['pointsRules', '积分规则'],
  ['teamOffer', '拼团'],
]
const KIND_NAMES = Object.fromEntries(AUDIT_KINDS.filter(([k]) => k))
const VERB_NAMES: Record<string, string> = { create: '新建', update: '修改', retire: '停用' }

/** 「新建 活动」 for 'campaign.create'; unknown kinds and verbs as they are. */
export function auditActionText(action: string): string {
  const [kind, verb] = action.split('.')
  return `${VERB_NAMES[verb] ?? verb ?? ''} ${KIND_NAMES[kind] ?? kind}`.trim()
}

const IGNORED = new Set(['updatedAt', '_id'])
const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v))

/** The top-level fields a change set, removed or changed, with the value before and after. */
export function auditDiff(before: unknown, after: unknown): { key: string; before: string; after: string }[] {
  const b = (before ?? {}) as Record<string, unknown>
  const a = (after ?? {}) as Record<string, unknown>
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k)).sort()
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => ({ key: k, before: show(b[k]), after: show(a[k]) }))
}
