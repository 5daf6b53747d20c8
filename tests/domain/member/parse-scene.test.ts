import { parseScene } from '@/domain/member'

describe('parseScene keeps only our short scene ids', () => {
  test.each([
    ['s1', 's1'],
    ['store_12-staff_3', 'store_12-staff_3'],
    ['A'.repeat(32), 'A'.repeat(32)],
    ['abc%5F1', 'abc_1'], // URL-encoded underscore
    ['%61%62%63', 'abc'],
  ])('%p → %p', (raw, id) => expect(parseScene(raw)).toBe(id))

  test.each([
    ['empty', ''],
    ['too long', 'A'.repeat(33)],
    ['too long raw', '%41'.repeat(33)],
    ['unicode', '门店1'],
    ['encoded unicode', encodeURIComponent('门店1')],
    ['mongo operator', '{"$gt":""}'],
    ['encoded operator', encodeURIComponent('{"$gt":""}')],
    ['path traversal', '../'],
    ['encoded traversal', '..%2F'],
    ['script', '<script>'],
    ['dot', 'a.b'],
    ['space', 'a b'],
    ['wechat-allowed but not ours', 's=1&b=2'],
    ['malformed escape', '%E0%A4%A'],
    ['lone percent', '%'],
    ['double-encoded', 'abc%255F'],
    ['null byte', 'a%00b'],
    ['newline', 'abc\n'],
  ])('%s → null', (_name, raw) => expect(parseScene(raw)).toBeNull())

  test.each([undefined, null, 42, {}, ['s1'], { $gt: '' }, true])('non-string %p → null', (raw) => expect(parseScene(raw)).toBeNull())
})
