import { ActionError } from '../_shared/action-error'
import { findById, type Tx } from '../_shared/db'

/**
 * A receipt earns points once per store, whatever the requestId: the receipt's document
 * (_id = store:receipt) is written in the award's own transaction, so a second award of
 * the same receipt — a new requestId, another till, another cashier — is refused.
 */
export async function claimTillReceipt(tx: Tx, receipt: { storeId: string; receiptNo: string; staffId: string; memberId: string; now: Date }): Promise<void> {
  const id = `${receipt.storeId}:${receipt.receiptNo}`
  if (await findById(tx, 'till_receipts', id)) throw new ActionError('POINTS.RECEIPT_AWARDED', '该小票已积过分，不能重复积分')
  const { now, ...rest } = receipt
  await tx.collection('till_receipts').add({ data: { _id: id, ...rest, at: now } })
}
