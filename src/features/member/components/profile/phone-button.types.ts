export interface PhoneButtonProps {
  bound: boolean
  disabled?: boolean
  /** The one-time code that the function exchanges for the number. */
  onCode: (code: string) => void
}
