import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './index.scss'

/** The action bar fixed to the bottom of a screen (cart, product, checkout, order, refund). */
export function BottomBar({ className, children }: { className?: string; children: ReactNode }) {
  return <View className={`bottom-bar${className ? ` ${className}` : ''}`}>{children}</View>
}

/** The class of a screen with a bottom bar: room below the content so the bar covers nothing. */
export const WITH_BOTTOM_BAR = 'with-bottom-bar'
