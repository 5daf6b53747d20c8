import { createCartSync, type LineSet } from '@/features/orders/model/cart-sync'

/** A server whose replies the test releases one by one. */
function fakeServer() {
  const sent: LineSet[][] = []
  const waiting: { resolve: () => void; reject: (e: unknown) => void }[] = []
  return {
    sent,
    send: (lines: LineSet[]) => {
      sent.push(lines)
      return new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }))
    },
    answer: async () => {
      waiting.shift()!.resolve()
      await new Promise((r) => setTimeout(r, 0))
    },
    fail: async (e: unknown) => {
      waiting.shift()!.reject(e)
      await new Promise((r) => setTimeout(r, 0))
    },
  }
}

const offline = new Error('offline')

test('taps while a write is in flight go in the next write, with their latest quantities; none is lost', async () => {
  const server = fakeServer()
  const sync = createCartSync({ send: server.send, retryable: () => true, refused: jest.fn() })
  sync.push('apple', 1)
  sync.push('apple', 2)
  sync.push('pear', 1)
  sync.push('apple', 3)
  expect(server.sent).toEqual([[{ skuId: 'apple', quantity: 1 }]])
  expect(sync.idle()).toBe(false)
  await server.answer()
  expect(server.sent[1]).toEqual([{ skuId: 'apple', quantity: 3 }, { skuId: 'pear', quantity: 1 }])
  await server.answer()
  expect(server.sent).toHaveLength(2)
  expect(sync.idle()).toBe(true)
})

test('a write lost to the network is sent again later, unless a newer quantity replaced it', async () => {
  const server = fakeServer()
  const sync = createCartSync({ send: server.send, retryable: (e) => e === offline, refused: jest.fn() })
  sync.push('apple', 2)
  sync.push('pear', 1)
  await server.answer()
  sync.push('apple', 5)
  await server.fail(offline)
  sync.push('kiwi', 1)
  await server.fail(offline)
  expect(server.sent[1]).toEqual([{ skuId: 'pear', quantity: 1 }])
  expect(server.sent[2]).toEqual([{ skuId: 'apple', quantity: 5 }, { skuId: 'pear', quantity: 1 }, { skuId: 'kiwi', quantity: 1 }])
  void sync.flush()
  expect(server.sent[3]).toEqual(server.sent[2])
  await server.answer()
  expect(sync.idle()).toBe(true)
})

test('a refusal is reported, not retried', async () => {
  const server = fakeServer()
  const refused = jest.fn()
  const sync = createCartSync({ send: server.send, retryable: () => false, refused })
  sync.push('apple', 60)
  await server.fail(new Error('CART_FULL'))
  expect(refused).toHaveBeenCalledTimes(1)
  expect(sync.idle()).toBe(true)
})
