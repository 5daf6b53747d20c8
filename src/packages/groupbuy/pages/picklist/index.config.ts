export default definePageConfig({
  navigationBarTitleText: '备货单',
  enablePullDownRefresh: true,
})
