import { ORDER_ERRORS, type OrderErrorKey } from '@/domain/orders'
import { ActionError } from '../action-error'

/** An order refusal with its stable code; the message may be made more precise. */
export const orderRefusal = (key: OrderErrorKey, message?: string) => new ActionError(ORDER_ERRORS[key].code, message ?? ORDER_ERRORS[key].message)
