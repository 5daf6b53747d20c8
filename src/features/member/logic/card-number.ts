/** '880012345678' → '8800 1234 5678': groups of four, easy to read out at the till. */
export function groupCardNo(cardNo: string): string {
  const digits = cardNo.replace(/\s+/g, '')
  return digits.replace(/(.{4})(?=.)/g, '$1 ')
}
