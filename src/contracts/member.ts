import * as z from 'zod/mini'
import { defineActions, requestIdSchema } from './contract'
import { count, dayString, emptyInput, isoTime } from './common'
import { NICKNAME_MAX, nicknameLength } from '@/domain/member/nickname'

export const tierSchema = z.object({
  code: z.enum(['normal', 'silver', 'gold', 'black']),
  name: z.string(),
  threshold: z.int(),
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
  growth: z.int(),
  /** Growth that counts toward the tier: the last review's 12 months plus everything since. */
  tierGrowth: z.int(),
  next: z.nullable(z.object({ tierName: z.string(), threshold: z.int(), remaining: z.int(), text: z.string() })),
  points: z.int(),
  couponsUsable: count(),
  store: z.nullable(storeRef),
  joinedAt: isoTime,
  /** Signed in today (Asia/Shanghai), for the home page's summary. */
  signedToday: z.optional(z.boolean()),
})
export type MemberCard = z.infer<typeof memberCardSchema>

export const profileSchema = z.object({
  nickname: z.string(),
  avatarUrl: z.string(),
  phoneMasked: z.nullable(z.string()),
  birthday: z.nullable(dayString),
  /** The birthday can be set once by the member; after that only staff change it. */
  birthdayLocked: z.boolean(),
})
export type Profile = z.infer<typeof profileSchema>

/** Scenes arrive from QR codes and links: anything at all. The function decides what is ours. */
const rawScene = z.optional(z.unknown())

export const memberContracts = defineActions({
  /** Becomes a member (idempotent per caller): first touch is the attribution, locked. */
  join: {
    write: true,
    input: z.object({
      requestId: requestIdSchema,
      scene: rawScene,
      /** The member agreed to the privacy notice (WeChat requires it before collecting data). */
      consent: z.literal(true, { error: '请先阅读并同意隐私保护指引' }),
      privacyVersion: z.string().check(z.regex(/^[0-9A-Za-z._-]{1,16}$/)),
    }),
    /** `welcomeCoupons`: titles of the coupons given for joining, or for coming from the community group. */
    output: z.object({ isNew: z.boolean(), cardNo: z.string(), store: z.nullable(storeRef), welcomeCoupons: z.array(z.string()) }),
  },
  /** A visit through a scene: where the code was, and a touch recorded for members. */
  visit: {
    input: z.object({ scene: rawScene }),
    /** `joinGifts`: titles of the coupons a visitor gets for joining here (empty for members). */
    output: z.object({ isMember: z.boolean(), store: z.nullable(storeRef), staffName: z.nullable(z.string()), joinGifts: z.array(z.string()) }),
  },
  card: { input: emptyInput, output: memberCardSchema },
  'profile.get': { input: emptyInput, output: profileSchema },
  'profile.update': {
    write: true,
    input: z.object({
      requestId: requestIdSchema,
      // Counted as a person counts (an emoji is one character), like the field's counter.
      nickname: z.optional(z.string().check(z.trim(), z.minLength(1, '昵称不能为空'), z.maxLength(80), z.refine((s) => nicknameLength(s) <= NICKNAME_MAX, '昵称最多 20 个字'))),
      /** A cloud fileID or an https URL of the avatar chosen with chooseAvatar. */
      avatarUrl: z.optional(z.string().check(z.maxLength(512), z.regex(/^(cloud:\/\/|https:\/\/|\/)[^\s"'<>]*$/, '头像地址不正确'))),
      birthday: z.optional(dayString),
      /** The code from the getPhoneNumber button, exchanged server-side. */
      phoneCode: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
    }),
    output: profileSchema,
  },
  /** A fresh member code for the till: valid 60 s at most, refreshed every 30 s. */
  code: {
    input: emptyInput,
    /** `code` for the QR; `tillCode`, 18 digits, for the barcode (valid 30-60 s). */
    output: z.object({ code: z.string(), tillCode: z.string(), cardNo: z.string(), issuedAt: isoTime, expiresAt: isoTime, refreshAfterMs: z.int() }),
  },
  /** Whether the member's own code (the QR text) was used at the till, and for what. */
  codeStatus: {
    input: z.object({ code: z.string().check(z.minLength(1), z.maxLength(200)) }),
    output: z.object({ used: z.boolean(), purpose: z.nullable(z.string()), at: z.nullable(isoTime) }),
  },
  /** Staff only: checks a scanned member code and uses it up for this staff action. */
  verifyCode: {
    write: true,
    input: z.object({ requestId: requestIdSchema, code: z.string().check(z.minLength(1), z.maxLength(200)), purpose: z.enum(['till', 'coupon', 'pickup', 'lookup']) }),
    output: z.object({
      cardNo: z.string(),
      nickname: z.string(),
      tierName: z.string(),
      phoneMasked: z.nullable(z.string()),
      points: z.int(),
    }),
  },
  /** The campaigns that apply to the caller today, as home page banners (a visitor sees what joining gives). */
  campaigns: { input: emptyInput, output: z.object({ items: z.array(z.object({ id: z.string(), title: z.string(), text: z.string() })) }) },
})
