import { Button } from '@nutui/nutui-react-taro'
import { Failure } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'

export interface LoadFailedProps {
  message: string
  onRetry: () => void
}

/** A read that failed: the reason in Chinese and a way to try again. */
export function LoadFailed({ message, onRetry }: LoadFailedProps) {
  return (
    <EmptyState icon={<Failure size={40} />} title='加载失败' description={message}>
      <Button type='primary' fill='outline' onClick={onRetry}>
        重新加载
      </Button>
    </EmptyState>
  )
}
