import path from 'node:path'
import { createLocalCloud, resetClock, setClock } from '../../local-cloud'
import { startHost } from '../../local-cloud/host'

test('npm start’s scheduler fires a timer trigger when its cron second comes, on the dev clock', async () => {
  const cloud = createLocalCloud({ schema: { collections: [{ name: 'stamps' }] } })
  const host = await startHost({ cloud, functionsRoot: path.join(__dirname, '..', 'fixtures', 'functions'), timers: true })
  try {
    setClock('2026-01-01T00:00:58.800Z', true)
    const deadline = Date.now() + 5000
    while (cloud.db.store.all('stamps').length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    const stamps = cloud.db.store.all('stamps') as unknown as { trigger: string; at: Date }[]
    expect(stamps.map((s) => s.trigger)).toEqual(['everyMinute'])
    expect(stamps[0].at.toISOString() >= '2026-01-01T00:01:00.000Z').toBe(true)
  } finally {
    resetClock()
    await host.close()
  }
})
