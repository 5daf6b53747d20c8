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

/** 「2天 03:20:15」「03:20:15」 until a deadline, from milliseconds left (rounded up); 「已截团」 at zero. */
export function countdownText(msLeft: number): string {
  const total = Math.ceil(msLeft / 1000)
  if (total <= 0) return '已截团'
  const days = Math.floor(total / 86_400)
  const clock = [Math.floor((total % 86_400) / 3600), Math.floor((total % 3600) / 60), total % 60].map((n) => String(n).padStart(2, '0')).join(':')
  return days > 0 ? `${days}天 ${clock}` : clock
}
