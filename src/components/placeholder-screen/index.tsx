import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { EmptyState } from '../empty-state'
import './index.scss'

export interface PlaceholderScreenProps {
  title: string
  subtitle: string
  icon: ReactNode
  emptyTitle: string
  emptyDescription?: string
}

/** A module screen before its feature lands: a heading and an honest empty state. */
export function PlaceholderScreen(props: PlaceholderScreenProps) {
  return (
    <View className='placeholder-screen'>
      <View className='placeholder-screen__head'>
        <View className='placeholder-screen__title'>{props.title}</View>
        <View className='placeholder-screen__subtitle'>{props.subtitle}</View>
      </View>
      <View className='placeholder-screen__body'>
        <EmptyState icon={props.icon} title={props.emptyTitle} description={props.emptyDescription} />
      </View>
    </View>
  )
}
