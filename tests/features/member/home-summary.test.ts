import type { MemberCard } from '@/contracts/member'
import { homeSummary } from '@/features/member/logic/home-summary'

const card = {
  cardNo: '880012345678',
  nickname: '小鲜',
  tier: { name: '银卡', colors: { from: '#aaa', to: '#888', text: '#fff' } },
  points: 1215,
  couponsUsable: 3,
  signedToday: false,
} as unknown as MemberCard

describe('the home page member summary', () => {
  test('a visitor gets the join entry', () => {
    expect(homeSummary('guest', null)).toEqual({ kind: 'visitor' })
  })

  test('before the first answer: a placeholder, not an empty half screen', () => {
    expect(homeSummary('unknown', null)).toEqual({ kind: 'loading' })
  })

  test('a member: tier, points, usable coupons and today\'s sign-in', () => {
    expect(homeSummary('member', card)).toEqual({
      kind: 'member',
      tierName: '银卡',
      face: { background: 'linear-gradient(135deg, #aaa, #888)', color: '#fff' },
      nickname: '小鲜',
      stats: [
        { label: '积分', value: '1,215', target: 'points' },
        { label: '可用券', value: '3', target: 'wallet' },
      ],
      signin: { done: false, label: '今日未签到 · 去签到' },
    })
  })

  test('signed today, and a member without a nickname yet', () => {
    const view = homeSummary('member', { ...card, nickname: '', signedToday: true })
    expect(view).toMatchObject({ nickname: '鲜果会员', signin: { done: true, label: '今日已签到' } })
  })

  test('a card still shown while a refresh says "unknown" keeps the member view', () => {
    expect(homeSummary('unknown', card)).toMatchObject({ kind: 'member' })
  })
})
