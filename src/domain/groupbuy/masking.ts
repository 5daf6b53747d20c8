/**
 * Others see a participant as 「张**」: the first character and two stars, whatever the
 * name's length, so the length does not leak either. The leader and staff see the full
 * name and phone, for pickup only.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  return chars.length === 0 ? '**' : `${chars[0]}**`
}

export const maskPhone = (phone: string | null): string | null => (phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null)
