import { CloudError } from '@/lib/cloud-error'

const getMemberCard = jest.fn()
jest.mock('@/lib/cloud', () => jest.requireActual('@/lib/cloud-error'))
jest.mock('@/features/member/api/get-member-card', () => ({ getMemberCard: () => getMemberCard() }))

import { refreshCard, useSessionStore } from '@/features/member/stores/session'

const card = { cardNo: '880012345678', nickname: '小鲜' }

describe('session store', () => {
  beforeEach(() => {
    getMemberCard.mockReset()
    useSessionStore.setState({ status: 'unknown', card: null, loading: false, error: null })
  })

  test('a member: status and card', async () => {
    getMemberCard.mockResolvedValue(card)
    await expect(refreshCard()).resolves.toBeNull()
    expect(useSessionStore.getState()).toMatchObject({ status: 'member', card, loading: false, error: null })
  })

  test('not a member is an answer (guest), not an error', async () => {
    getMemberCard.mockRejectedValue(new CloudError('COMMON.NOT_MEMBER', '请先加入会员'))
    await expect(refreshCard()).resolves.toBeNull()
    expect(useSessionStore.getState()).toMatchObject({ status: 'guest', card: null, error: null })
  })

  test('a network failure keeps the card shown so far and reports why', async () => {
    useSessionStore.setState({ status: 'member', card: card as never })
    getMemberCard.mockRejectedValue(new CloudError('NETWORK.FAILED', '网络不太好，请稍后重试'))
    await expect(refreshCard()).resolves.toBe('网络不太好，请稍后重试')
    expect(useSessionStore.getState()).toMatchObject({ status: 'member', card, error: '网络不太好，请稍后重试' })
  })

  test('concurrent refreshes share one request', async () => {
    getMemberCard.mockResolvedValue(card)
    await Promise.all([refreshCard(), refreshCard(), refreshCard()])
    expect(getMemberCard).toHaveBeenCalledTimes(1)
  })
})
