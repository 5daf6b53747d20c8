/**
 * Others see a participant as 「张**」: the first character and two stars, whatever the
 * name's length, so the length does not leak either. The leader and staff see the full
 * name and phone, for pickup only; the export, pasted into the group, adds the phone's last
 * four digits to tell namesakes apart.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  return chars.length === 0 ? '**' : `${chars[0]}**`
}

/** 「张**(1234)」: masked, with the phone's last four digits when there is a phone. */
export const publicName = (name: string, phone: string | null): string => `${maskName(name)}${phone ? `(${phone.slice(-4)})` : ''}`
