import { PlaceholderScreen } from '@/components/placeholder-screen'

export default function Page() {
  return <PlaceholderScreen icon={null} title='适用商品' subtitle='' emptyTitle='即将上线' emptyDescription='' />
}
