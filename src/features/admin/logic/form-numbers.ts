/** Numbers as console forms type them: money in yuan (two decimals at most), whole counts. */
export const YUAN = /^\d{1,7}(\.\d{1,2})?$/
export const WHOLE = /^\d{1,8}$/
export const ID = /^[A-Za-z0-9_-]{1,64}$/

/** Fen of a yuan string that matched YUAN. */
export const fenOf = (yuan: string) => Math.round(Number(yuan) * 100)

/** A whole number in [min, max], typed. */
export const wholeIn = (text: string, min: number, max: number) => WHOLE.test(text) && Number(text) >= min && Number(text) <= max

/** Ids typed as a comma- or space-separated list (「store-a, store-b」). */
export const idList = (text: string) => text.split(/[\s,，、]+/).filter(Boolean)
