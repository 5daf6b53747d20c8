/** No identity switching on WeChat: the platform says who the user is. */
export function DevPanel() {
  return null
}
