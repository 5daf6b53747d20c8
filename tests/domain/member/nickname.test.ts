import { memberContracts } from '@/contracts/member'
import { NICKNAME_MAX, nicknameLength } from '@/domain/member'

describe('nickname length, as a person counts it', () => {
  test.each([
    ['小鲜', 2],
    ['  小鲜  ', 2],
    ['🍎🍊', 2], // each emoji is two UTF-16 units, one character
    ['a'.repeat(20), 20],
  ])('%p → %i', (name, n) => expect(nicknameLength(name)).toBe(n))

  const input = memberContracts['profile.update'].input
  const parse = (nickname: string) => input.safeParse({ requestId: 'req-nickname-0001', nickname })
  test('20 emoji fit, 21 characters are refused with the reason (never cut)', () => {
    expect(parse('🍎'.repeat(NICKNAME_MAX)).success).toBe(true)
    const r = parse('鲜'.repeat(NICKNAME_MAX + 1))
    expect(r.success).toBe(false)
    expect(r.error?.issues[0].message).toBe('昵称最多 20 个字')
  })
})
