export default definePageConfig({
  navigationBarTitleText: '团长主页',
  enablePullDownRefresh: true,
})
