export default definePageConfig({
  navigationBarTitleText: '鲜果会员',
  enablePullDownRefresh: true,
})
