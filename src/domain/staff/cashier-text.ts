/** What a cashier reads at a glance after each action: 「已积 128 分 · 升级银卡」. */
export function awardText(a: { points: number; tierUpgradedTo: string | null }): string {
  const head = a.points > 0 ? `已积 ${a.points} 分` : '本单无积分'
  return a.tierUpgradedTo ? `${head} · 升级${a.tierUpgradedTo}` : head
}

export const reversalText = (points: number, writtenOff: number): string =>
  writtenOff > 0 ? `已撤销 ${points} 分 · ${writtenOff} 分已用完无法扣回` : `已撤销 ${points} 分`

export const pickupText = (title: string): string => `已核销 · ${title}`

export const couponText = (title: string): string => `已核销 · ${title}`

export const giftText = (title: string): string => `已赠送 · ${title}`
