export default definePageConfig({
  navigationBarTitleText: '社群接龙',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
})
