/** 1234567 → '1,234,567' (no locale data needed, same output on every host). */
export const formatPoints = (n: number): string => {
  const sign = n < 0 ? '-' : ''
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
