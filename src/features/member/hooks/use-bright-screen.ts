import { useEffect } from 'react'
import { brightenScreen } from './screen-control'

/** Brightness up and screen kept on while `active`; restored when it ends or unmounts. */
export function useBrightScreen(active: boolean) {
  useEffect(() => {
    if (!active) return
    let restore: (() => void) | undefined
    let ended = false
    void brightenScreen().then((undo) => {
      if (ended) undo()
      else restore = undo
    })
    return () => {
      ended = true
      restore?.()
    }
  }, [active])
}
