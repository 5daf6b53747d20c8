import { z } from 'zod'
import { defineActions, requestIdSchema } from './contract'
import { dayString, emptyInput, isoTime } from './common'

export const tierSchema = z.object({
  code: z.enum(['normal', 'silver', 'gold', 'black']),
  name: z.string(),
  threshold: z.number().int(),
  colors: z.object({ from: z.string(), to: z.string(), text: z.string() }),
  benefits: z.object({ pointsMultiplier: z.number(), birthdayGift: z.string(), memberDayDiscount: z.number(), freeDelivery: z.boolean() }),
})

const storeRef = z.object({ id: z.string(), name: z.string() })

export const memberCardSchema = z.object({
  cardNo: z.string(),
  nickname: z.string(),
  avatarUrl: z.string(),
  tier: tierSchema,
  /** Lifetime growth value. */
  growth: z.number().int(),
  /** Growth that counts toward the tier: the last review's 12 months plus everything since. */
  tierGrowth: z.number().int(),
  next: z.object({ tierName: z.string(), threshold: z.number().int(), remaining: z.number().int(), text: z.string() }).nullable(),
  points: z.number().int(),
  couponsUsable: z.number().int(),
  store: storeRef.nullable(),
  joinedAt: isoTime,
})
export type MemberCard = z.infer<typeof memberCardSchema>

export const profileSchema = z.object({
  nickname: z.string(),
  avatarUrl: z.string(),
  phoneMasked: z.string().nullable(),
  birthday: dayString.nullable(),
  /** The birthday can be set once by the member; after that only staff change it. */
  birthdayLocked: z.boolean(),
})
export type Profile = z.infer<typeof profileSchema>

/** Scenes arrive from QR codes and links: anything at all. The function decides what is ours. */
const rawScene = z.unknown().optional()

export const memberContracts = defineActions({
  /** Becomes a member (idempotent per caller): first touch is the attribution, locked. */
  join: {
    write: true,
    input: z.object({
      requestId: requestIdSchema,
      scene: rawScene,
      /** The member agreed to the privacy notice (WeChat requires it before collecting data). */
      consent: z.literal(true, { error: '请先阅读并同意隐私保护指引' }),
      privacyVersion: z.string().regex(/^[0-9A-Za-z._-]{1,16}$/),
    }),
    /** `welcomeCoupons`: titles of the coupons given for joining (empty on a repeat join). */
    output: z.object({ isNew: z.boolean(), cardNo: z.string(), store: storeRef.nullable(), welcomeCoupons: z.array(z.string()) }),
  },
  /** A visit through a scene: where the code was, and a touch recorded for members. */
  visit: {
    input: z.object({ scene: rawScene }),
    output: z.object({ isMember: z.boolean(), store: storeRef.nullable(), staffName: z.string().nullable() }),
  },
  card: { input: emptyInput, output: memberCardSchema },
  'profile.get': { input: emptyInput, output: profileSchema },
  'profile.update': {
    write: true,
    input: z.object({
      requestId: requestIdSchema,
      nickname: z.string().trim().min(1, '昵称不能为空').max(20, '昵称最多 20 个字').optional(),
      /** A cloud fileID or an https URL of the avatar chosen with chooseAvatar. */
      avatarUrl: z.string().max(512).regex(/^(cloud:\/\/|https:\/\/|\/)[^\s"'<>]*$/, '头像地址不正确').optional(),
      birthday: dayString.optional(),
      /** The code from the getPhoneNumber button, exchanged server-side. */
      phoneCode: z.string().min(1).max(128).optional(),
    }),
    output: profileSchema,
  },
  /** A fresh member code for the till: valid 60 s at most, refreshed every 30 s. */
  code: {
    input: emptyInput,
    output: z.object({ code: z.string(), cardNo: z.string(), issuedAt: isoTime, expiresAt: isoTime, refreshAfterMs: z.number().int() }),
  },
  /** Staff only: checks a scanned member code and uses it up for this staff action. */
  verifyCode: {
    write: true,
    input: z.object({ requestId: requestIdSchema, code: z.string().min(1).max(200), purpose: z.enum(['till', 'coupon', 'pickup', 'lookup']) }),
    output: z.object({
      cardNo: z.string(),
      nickname: z.string(),
      tierName: z.string(),
      phoneMasked: z.string().nullable(),
      points: z.number().int(),
    }),
  },
})
