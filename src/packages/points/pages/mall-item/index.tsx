import { PlaceholderScreen } from '@/components/placeholder-screen'

export default function Page() {
  return <PlaceholderScreen icon={null} title='商品详情' subtitle='' emptyTitle='即将上线' emptyDescription='' />
}
