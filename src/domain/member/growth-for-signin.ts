/** Growth rules that are constants of the chain's config. */
export type GrowthConfig = Readonly<{ perSignin: number }>

export const DEFAULT_GROWTH_CONFIG: GrowthConfig = { perSignin: 1 }

/** Growth for one daily sign-in (make-ups give none, like their points). */
export function growthForSignin(config: GrowthConfig = DEFAULT_GROWTH_CONFIG): number {
  if (!Number.isSafeInteger(config.perSignin) || config.perSignin < 0) throw new RangeError(`perSignin must be a whole number >= 0, got ${config.perSignin}`)
  return config.perSignin
}
