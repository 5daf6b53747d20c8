/** WeChat draws its own tab bar outside the page: nothing to dim. */
export const useDimTabBar: (open: boolean) => void = () => undefined
