/**
 * What the invite QR carries. In the browser (H5) a link to the join page on this host;
 * in WeChat the page path (TODO with issue 15: an unlimited mini program code whose
 * scene maps to the invite, as store QR scenes do).
 */
export function inviteLink(path: string): string {
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') return `${window.location.origin}/#${path}`
  return path
}
