/**
 * A scene's QR image. In production an unlimited mini program code
 * (`openapi.wxacode.getUnlimited`, scene = the scene id, opening the home page) kept in
 * cloud storage, made once and reused; in local mode a QR PNG of the H5 landing link,
 * rendered on each call (nothing to keep).
 */
import cloud from 'wx-server-sdk'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { isLocalCloud } from '../_shared/platform'
import { consoleCaller, requireOwnStore } from './access'
import { qrPng } from './qr-png'

const LANDING_PAGE = 'pages/home/index'

interface WxacodeApi {
  openapi: { wxacode: { getUnlimited(o: { scene: string; page: string; checkPath: boolean }): Promise<{ buffer: Buffer }> } }
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  getTempFileURL(o: { fileList: string[] }): Promise<{ fileList: { tempFileURL: string }[] }>
}

export async function sceneQr(input: { id: string }, ctx: ActionContext) {
  const caller = await consoleCaller(ctx.db, ctx.openid)
  const scene = await findById<{ storeId: string; qrFileId?: string }>(ctx.db, 'scenes', input.id)
  if (!scene) throw new ActionError('ADMIN.NOT_FOUND', '记录不存在')
  requireOwnStore(caller, scene.storeId)
  if (isLocalCloud()) {
    const png = qrPng(`/#/${LANDING_PAGE}?scene=${encodeURIComponent(input.id)}`)
    return { image: `data:image/png;base64,${png.toString('base64')}`, fileId: null }
  }
  const wx = cloud as unknown as WxacodeApi
  let fileId = scene.qrFileId
  if (!fileId) {
    const { buffer } = await wx.openapi.wxacode.getUnlimited({ scene: input.id, page: LANDING_PAGE, checkPath: false })
    fileId = (await wx.uploadFile({ cloudPath: `scenes/${input.id}.png`, fileContent: buffer })).fileID
    await ctx.db.collection('scenes').doc(input.id).update({ data: { qrFileId: fileId } })
  }
  const [{ tempFileURL }] = (await wx.getTempFileURL({ fileList: [fileId] })).fileList
  return { image: tempFileURL, fileId }
}
