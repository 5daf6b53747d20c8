export interface AvatarPickerProps {
  url: string
  /** An avatar address the profile accepts: cloud://…, https://… or a path of ours. */
  onPicked: (url: string) => void
}
