import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './index.scss'

export interface EmptyStateProps {
  /** An icon element; NutUI's default pictures are remote and do not load offline. */
  icon: ReactNode
  title: string
  description?: string
  /** A call to action under the text. */
  children?: ReactNode
}

export function EmptyState({ icon, title, description, children }: EmptyStateProps) {
  return (
    <View className='empty-state'>
      <View className='empty-state__icon'>{icon}</View>
      <View className='empty-state__title'>{title}</View>
      {description && <View className='empty-state__description'>{description}</View>}
      {children && <View className='empty-state__actions'>{children}</View>}
    </View>
  )
}
