import { useEffect } from 'react'
import './sheet-dim.scss'

/**
 * H5 draws the tab bar in the page's own DOM, below the page container, so a bottom
 * sheet's overlay (inside the page) stops at it. While a sheet is open the tab bar is
 * dimmed like the rest of the page and takes no taps.
 */
export function useDimTabBar(open: boolean): void {
  useEffect(() => {
    if (!open) return
    document.body.classList.add('sheet-open')
    return () => document.body.classList.remove('sheet-open')
  }, [open])
}
