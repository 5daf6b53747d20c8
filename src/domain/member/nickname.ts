/** The longest nickname, in characters as a person counts them (an emoji is one). */
export const NICKNAME_MAX = 20

/** Characters as a person counts them: code points, so an emoji is one, never half of one. */
export const nicknameLength = (nickname: string): number => [...nickname.trim()].length
