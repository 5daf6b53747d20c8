import { Button } from '@nutui/nutui-react-taro'
import { formatFen } from '@/domain/groupbuy/money-text'
import { openPage } from '@/lib/navigate'
import { useTeamOffers } from '../api/team'
import { teamRoutes } from '../routes'
import './team-offer-entry.scss'

/** The product page's 「发起拼团 ¥29.9」, shown only when the product has a team offer. */
export function TeamOfferEntry({ productId }: { productId: string }) {
  const offers = useTeamOffers(productId)
  const offer = offers.data?.[0]
  if (!offer) return null
  return (
    <Button className='gb-team-entry' type='warning' onClick={() => openPage(teamRoutes.open(offer.offerId, productId))}>
      发起拼团 ¥{formatFen(offer.teamPriceFen)}
    </Button>
  )
}
