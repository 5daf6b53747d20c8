/** 「刚刚」「5分钟前」「3小时前」「2天前」: how long ago, by the server's `now`. */
export function agoText(at: string, now: string): string {
  const minutes = Math.floor((Date.parse(now) - Date.parse(at)) / 60_000)
  if (minutes < 1) return '刚刚'
  if (minutes < 60) return `${minutes}分钟前`
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}小时前`
  return `${Math.floor(minutes / 1440)}天前`
}

/** Shanghai wall-clock 'MM-DD HH:mm' of an ISO time, whatever the device's timezone. */
export function shanghaiTime(iso: string): string {
  const w = new Date(Date.parse(iso) + 8 * 3600_000).toISOString()
  return `${w.slice(5, 10)} ${w.slice(11, 16)}`
}
