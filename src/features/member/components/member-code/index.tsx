import { useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Popup } from '@nutui/nutui-react-taro'
import { Refresh } from '@nutui/icons-react-taro'
import { useBrightScreen } from '../../hooks/use-bright-screen'
import { useCodeScanned } from '../../hooks/use-code-scanned'
import { useRotatingCode } from '../../hooks/use-rotating-code'
import { groupCardNo } from '../../logic/card-number'
import { BarcodeView } from './barcode-view'
import { QrView } from '@/components/qr-code'
import { useDimTabBar } from '@/components/sheet-dim'
import './index.scss'

/** Screen width in px, read once per open (the sheet lays the codes out in real pixels). */
const windowWidth = () => {
  try {
    return Taro.getWindowInfo().windowWidth || 375
  } catch {
    return 375
  }
}

/**
 * The member code for the till: a QR of the signed code and a barcode of the 18-digit till
 * code (both from member.code), refreshed every
 * 30 s (and on tap), with the screen at full brightness while it shows.
 */
export function MemberCodeSheet({ visible, onClose }: { visible: boolean; onClose: () => void }) {
  const { code, timing, loading, failed, refresh } = useRotatingCode(visible)
  const [showDigits, setShowDigits] = useState(false)
  const width = useMemo(() => (visible ? windowWidth() : 375), [visible])
  const notice = useCodeScanned(visible ? code?.code : undefined, refresh)
  useBrightScreen(visible)
  useDimTabBar(visible)

  const dead = failed || !!timing?.expired
  return (
    <Popup className='member-sheet' visible={visible} position='bottom' round closeable onClose={onClose}>
      <View className='code-sheet'>
        <View className='code-sheet__title'>会员码</View>
        {notice ? (
          <View className='code-sheet__notice'>{notice}</View>
        ) : (
          <View className='code-sheet__hint'>向店员出示，积分、用券一码搞定</View>
        )}
        {code ? (
          <>
            <View className='code-sheet__barcode'>
              <BarcodeView text={code.tillCode} widthPx={Math.round(width * 0.84)} heightPx={64} />
            </View>
            <View className='code-sheet__digits' onClick={() => setShowDigits(!showDigits)}>
              {showDigits ? code.tillCode : `卡号 ${groupCardNo(code.cardNo)} · 查看数字`}
            </View>
            <View className='code-sheet__qr' onClick={refresh}>
              <QrView text={code.code} maxPx={Math.round(width * 0.56)} />
              {dead && (
                <View className='code-sheet__veil'>
                  <Refresh size={28} />
                  <View>{failed ? '刷新失败，点击重试' : '会员码已失效，点击刷新'}</View>
                </View>
              )}
            </View>
            <View className='code-sheet__countdown'>
              <View className='code-sheet__track'>
                <View className='code-sheet__fill' style={{ width: `${Math.round((timing?.fraction ?? 0) * 100)}%` }} />
              </View>
              <View className='code-sheet__seconds'>
                {loading ? '正在刷新…' : `${timing?.secondsLeft ?? 0} 秒后自动刷新 · 点击二维码刷新`}
              </View>
            </View>
          </>
        ) : (
          <View className='code-sheet__placeholder' onClick={failed ? refresh : undefined}>
            {failed ? '会员码加载失败，点击重试' : '会员码生成中…'}
          </View>
        )}
      </View>
    </Popup>
  )
}
