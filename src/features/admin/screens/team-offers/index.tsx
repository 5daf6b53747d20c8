import { View } from '@tarojs/components'
import { fenToText } from '@/components/price'
import { callAdmin } from '../../api/call-admin'
import { RecordForm } from '../../components/record-form'
import { PAGE_SIZE, RecordList, RetireLink } from '../../components/record-list'
import { EMPTY_TEAM_OFFER_FORM, teamOfferFormErrors, teamOfferRecordOf, type TeamOfferForm } from '../../logic/team-offer-form'
import '../admin.scss'

const FIELDS: readonly (readonly [string, keyof TeamOfferForm, string?])[] = [
  ['编号', 'id', '如 team-grape'],
  ['商品规格编号', 'skuId', '如 grape-1'],
  ['拼团价（元）', 'teamPriceYuan', '须低于原价'],
  ['成团人数', 'size', '2–10 人'],
  ['成团时限（小时）', 'windowHours', '开团后多久内凑齐'],
  ['每人限购', 'perMemberLimit'],
  ['自提门店', 'storeIds', '如 store-xuhui, store-jingan'],
]

/** 拼团: offers (a SKU at a team price, team size, window, stores), 新建, 停用 (asked first). Chain admins only. */
export default function TeamOffersScreen() {
  return (
    <RecordList
      section='team-offers'
      name='team-offers'
      searchPlaceholder='搜索编号、规格或门店'
      columns={['编号', '规格', '拼团价', '成团人数', '时限', '每人限购', '']}
      fetchPage={(search, page) => callAdmin('admin', 'teamOffer.list', { search, page, pageSize: PAGE_SIZE })}
      rowKey={(i) => i.record.id}
      empty='还没有拼团商品'
      cells={({ record, enabled }, list) => [
        record.id,
        record.skuId,
        fenToText(record.teamPriceFen),
        `${record.size} 人`,
        `${record.windowHours} 小时`,
        `${record.perMemberLimit} 件`,
        enabled ? <RetireLink text='停用' title='停用拼团' content={`停用「${record.id}」后不能再开新团（已开的团照常进行），且不能恢复。确定停用？`} retire={() => callAdmin('admin', 'teamOffer.retire', { id: record.id })} list={list} /> : '已停用',
      ]}
    >
      {(list) => (
        <View className='admin-grid'>
          <RecordForm title='新建拼团' idPrefix='team' empty={EMPTY_TEAM_OFFER_FORM} errorsOf={teamOfferFormErrors} send={(f) => callAdmin('admin', 'teamOffer.create', { record: teamOfferRecordOf(f) })} onSent={() => list.reload()} fields={FIELDS} />
        </View>
      )}
    </RecordList>
  )
}
